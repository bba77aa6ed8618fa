//! How far a mark can be trusted: each person, organization and place mention falls in a class
//! by the evidence for it (is it in a lexicon of its kind, several words, named more than once, at
//! the start of a sentence, in capitals), each figure in a class by its kind and shape (digits or
//! words, one word or several, minor or not, a modifier such as "about"), and each class has the
//! share of its marks that were right on annotated text Newsmark may learn from (GUM's Wikinews
//! news and interviews, CC-BY, for names and times; re3d's government and CENTCOM releases,
//! public domain, OGL and CC-BY, for figures): `confidence_table.rs`, written by
//! `tools/calibrate.py`. The share is the mention's `confidence`; the extension's "only confident
//! marks" keeps those at [`CONFIDENT`] or above.

use crate::lexicon::{Lexicons, L_COUNTRY, L_GIVEN, L_ORG, L_PLACE, Q_PRONOUN};
use crate::types::{Figure, FigureKind, MentionKind, QuoteKind};

/// The confidence (in hundredths) at and above which a mark is confident.
pub const CONFIDENT: u8 = 90;

/// Evidence bits of a name mention (with its kind, the class).
const LEXICON: usize = 1;
const WORDS: usize = 2;
const AGAIN: usize = 4;
const OPENS: usize = 8;
const CAPITALS: usize = 16;

/// The class of the name `text[start..end]` (byte offsets) of `kind`, whose entity has
/// `mentions` mentions and (for a person) a role or not: kind × the evidence bits, 0..96.
pub fn name_class(text: &str, start: usize, end: usize, kind: MentionKind, mentions: usize, role: bool, lex: &Lexicons) -> usize {
    let name = &text[start..end];
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or("");
    let several = words.next().is_some();
    let in_lexicon = match kind {
        MentionKind::Person => role || lex.bits(first) & L_GIVEN != 0,
        MentionKind::Organization => lex.bits(name) & L_ORG != 0 || name.split_whitespace().any(|w| lex.is_org_word(w)),
        _ => lex.bits(name) & (L_PLACE | L_COUNTRY) != 0,
    };
    let before = text[..start].trim_end_matches([' ', '\u{a0}', '“', '"', '‘', '\'']);
    let opens = before.is_empty() || crate::text::ends_with_any(before, b".!?\n:");
    let capitals = name.len() > 1 && !name.chars().any(char::is_lowercase);
    let bits = usize::from(in_lexicon) * LEXICON + usize::from(several) * WORDS + usize::from(mentions > 1) * AGAIN + usize::from(opens) * OPENS + usize::from(capitals) * CAPITALS;
    let k = match kind {
        MentionKind::Person => 0,
        MentionKind::Organization => 1,
        _ => 2,
    };
    k * 32 + bits
}

/// Each class's confidence in hundredths (`confidence_table.rs`, generated).
pub fn of_class(class: usize) -> u8 {
    super::confidence_table::TABLE.get(class).copied().unwrap_or(50)
}

/// Evidence bits of a figure (with its kind, the class).
const DIGITS: usize = 1;
const SEVERAL: usize = 2;
const MINOR: usize = 4;
const MODIFIED: usize = 8;

/// The class of the figure `text[start..end]` (byte offsets): kind × the evidence bits, 0..128.
pub fn figure_class(text: &str, start: usize, end: usize, f: &Figure) -> usize {
    let span = &text[start..end];
    let k = match f.kind {
        FigureKind::Money => 0,
        FigureKind::Percent => 1,
        FigureKind::Count => 2,
        FigureKind::Quantity => 3,
        FigureKind::Date => 4,
        FigureKind::Time => 5,
        FigureKind::Duration => 6,
        FigureKind::Ordinal => 7,
    };
    let bits = usize::from(span.bytes().any(|b| b.is_ascii_digit())) * DIGITS
        + usize::from(span.trim().contains([' ', '\u{a0}', '-'])) * SEVERAL
        + usize::from(f.minor) * MINOR
        + usize::from(f.approx || f.bound.is_some()) * MODIFIED;
    k * 16 + bits
}

/// Each figure class's confidence in hundredths (`confidence_table.rs`, generated).
pub fn of_figure_class(class: usize) -> u8 {
    super::confidence_table::FIGURES.get(class).copied().unwrap_or(50)
}

/// The class of a quote: its length (under [`SHORT`] words or not) × its kind × its verb (one of
/// plain speech, the first section of `reporting_verbs.txt`: "say", "tell", "state", "add",
/// "write", in a finite form; another, or "according to", also when the statement is `relayed`
/// through an "according to" besides its verb, or a participle: "…, saying …", whose speaker is
/// the subject of the clause before) × its speaker (named and resolved to a name, as written only
/// or a pronoun, none): 0..36. `said` is the quote's text: a few words are more often a fragment
/// of a sentence or a term than a whole statement. `speaker` is the speaker as written and
/// whether it resolved to a name ("he" resolved to Jane Doe counts as written: the resolution is
/// one more guess).
pub fn quote_class(text: &str, said: &str, kind: QuoteKind, cue: Option<(usize, usize)>, relayed: bool, speaker: Option<(&str, bool)>, lex: &Lexicons) -> usize {
    let verb = match cue {
        None => 2,
        Some((a, b)) if !relayed && !text[a..b].ends_with("ing") && lex.plain_speech(&text[a..b]) => 0,
        _ => 1,
    };
    let who = match speaker {
        Some((written, true)) if lex.bits(written) & Q_PRONOUN == 0 => 0,
        Some(_) => 1,
        None => 2,
    };
    usize::from(said.bytes().filter(|&b| b == b' ').count() + 1 < SHORT) * 18 + usize::from(kind == QuoteKind::Indirect) * 9 + verb * 3 + who
}

/// A quote of fewer words than this (words between spaces) is short (a class of its own).
pub const SHORT: usize = 6;

/// Each quote class's confidence in hundredths (`confidence_table.rs`, generated).
pub fn of_quote_class(class: usize) -> u8 {
    super::confidence_table::QUOTES.get(class).copied().unwrap_or(50)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(text: &str, name: &str, kind: MentionKind, mentions: usize) -> usize {
        let s = text.find(name).unwrap();
        name_class(text, s, s + name.len(), kind, mentions, false, Lexicons::get())
    }

    #[test]
    fn evidence_bits() {
        use MentionKind::*;
        assert_eq!(class("Officials in Baghdad said so.", "Baghdad", Place, 1), 64 + LEXICON);
        assert_eq!(class("Closer Look said so.", "Closer Look", Person, 1), WORDS + OPENS);
        assert_eq!(class("He met Jane Smith twice.", "Jane Smith", Person, 2), LEXICON + WORDS + AGAIN);
        assert_eq!(class("The NATO summit opened.", "NATO", Organization, 1), 32 + LEXICON + CAPITALS);
        assert_eq!(class("“Acme Widgets will grow.", "Acme Widgets", Organization, 1), 32 + WORDS + OPENS);
    }

    fn figure(text: &str) -> usize {
        let a = crate::analyze(text);
        let m = a.mentions.iter().find(|m| m.figure.is_some()).expect("a figure");
        figure_class(text, m.start, m.end, m.figure.as_ref().unwrap())
    }

    #[test]
    fn figure_evidence_bits() {
        // ASCII texts: the Analysis's UTF-16 offsets are byte offsets
        assert_eq!(figure("It cost $5 million."), DIGITS + SEVERAL);
        assert_eq!(figure("Some 40% voted."), 16 + DIGITS + SEVERAL + MODIFIED);
        assert_eq!(figure("Three people came."), 32);
        assert_eq!(figure("He left on Friday."), 64);
        assert_eq!(figure("They meet every year."), 64 + SEVERAL + MINOR);
    }

    #[test]
    fn quote_classes() {
        // (text, a word of the quote, its class): length (six words or more 0, fewer 18) + kind
        // (direct 0, indirect 9) + verb (plain speech 0, another or "according to" 3, none 6) +
        // speaker (named 0, as written 1, none 2)
        for (text, inside, class) in [
            ("Jane Doe said the plan for the bridge had failed.", "plan", 9),
            ("Jane Doe argued that the plan for the bridge had failed.", "plan", 9 + 3),
            ("Officials told reporters that the plan for the bridge had failed.", "plan", 9 + 1),
            ("According to Jane Doe, the plan for the bridge had failed badly.", "plan", 9 + 3),
            ("“The plan for the bridge has failed,” Jane Doe said.", "plan", 0),
            ("“The plan for the bridge has failed,” Jane Doe added.", "plan", 0),
            ("“The plan for the bridge has failed,” Jane Doe warned.", "plan", 3),
            ("“The plan for the bridge has failed,” officials said.", "plan", 1),
            // at second hand: "according to" besides the verb
            ("Jane Doe said the plan for the bridge had failed, according to press reports.", "plan", 9 + 3),
            ("According to the paper, Jane Doe said the plan for the bridge had failed.", "plan", 9 + 3),
            ("“The plan for the bridge has failed,” Jane Doe said, according to press reports.", "plan", 3),
            ("“The plan for the bridge has failed,” Jane Doe said, according to press reports. “We will start again next year.”", "plan", 3),
            ("Jane Doe said that, according to an analysis of her calendar, most of the meetings were with donors.", "meetings", 9),
            // a participle, and a pronoun resolved to a name: one more guess each
            ("Jane Doe resigned on Monday, saying the plan for the bridge had failed.", "plan", 9 + 3),
            ("Jane Doe spoke on Monday. She said the plan for the bridge had failed.", "plan", 9 + 1),
            // a few words: more often a fragment or a term than a whole statement
            ("Jane Doe said the plan had failed.", "plan", 18 + 9),
            ("“The plan has failed,” Jane Doe said.", "plan", 18),
        ] {
            let a = crate::analyze(text);
            let at = text.find(inside).unwrap();
            let q = a.quotes.iter().find(|q| q.start <= at && at < q.end).unwrap_or_else(|| panic!("{text}: {:?}", a.quotes));
            // the cue's byte span (its UTF-16 offsets differ after a “)
            let cue = q.cue.as_ref().map(|c| text.find(c.text.as_str()).map(|s| (s, s + c.text.len())).unwrap());
            let named = q.speaker.as_ref().map(|s| (s.text.as_str(), s.name.is_some()));
            // the quote's byte span from its UTF-16 one
            let byte = |u: usize| text.char_indices().scan(0, |n, (i, c)| Some((std::mem::replace(n, *n + c.len_utf16()), i))).find(|&(n, _)| n >= u).map_or(text.len(), |(_, i)| i);
            let said = &text[byte(q.start)..byte(q.end)];
            assert_eq!(quote_class(text, said, q.kind, cue, q.relayed, named, Lexicons::get()), class, "{text}");
            assert_eq!(q.confidence, Some(of_quote_class(class)), "{text}");
        }
    }

    #[test]
    fn the_tables_have_every_class() {
        let t = super::super::confidence_table::TABLE;
        assert_eq!(t.len(), 96);
        assert!(t.iter().all(|&c| (1..=99).contains(&c)), "{t:?}");
        let f = super::super::confidence_table::FIGURES;
        assert_eq!(f.len(), 128);
        assert!(f.iter().all(|&c| (1..=99).contains(&c)), "{f:?}");
        let q = super::super::confidence_table::QUOTES;
        assert_eq!(q.len(), 36);
        assert!(q.iter().all(|&c| (1..=99).contains(&c)), "{q:?}");
    }
}
