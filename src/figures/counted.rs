//! What a count counts: the noun phrase after the number ("11 people", "438 votes", "3,000
//! displaced families", "dozens of protesters"), for the summary and the export, which would
//! otherwise show a bare "count 11". Not part of the figure's span (news annotation leaves the
//! counted noun out).

use super::Found;
use crate::lexicon::with_lower;
use crate::lexicon::words::{IRREGULAR_PLURALS, NOT_NOUNS, STOP};
use crate::token::{Kind, Token};
use crate::types::FigureKind;

/// At most this many words: a modifier or two and the noun.
const MAX_WORDS: usize = 3;

/// The byte span of what the count `f` counts, when the words after it say.
pub fn counted(s: &str, toks: &[Token], f: &Found) -> Option<(usize, usize)> {
    if f.figure.kind != FigureKind::Count || f.end_byte.is_some() {
        return None;
    }
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word && t.nl == 0 && t.space);
    let mut j = f.last;
    // "dozens of protesters", "millions of dollars"
    if word(j).is_some_and(|t| t.eq_ignore_ascii_case(s, "of")) {
        j += 1;
    }
    let plural = |w: &str| {
        with_lower(w, |l| IRREGULAR_PLURALS.contains(&l)) || (w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s"))
    };
    let function_word = |w: &str| with_lower(w, |l| STOP.contains(&l) || NOT_NOUNS.contains(&l));
    let mut first_word = None;
    for k in j..j + MAX_WORDS {
        let Some(t) = word(k) else { break };
        let w = t.text(s);
        if function_word(w) || w.bytes().any(|b| b.is_ascii_digit()) {
            break;
        }
        first_word.get_or_insert(k);
        // a singular count ("one soldier") counts the one word after it
        if plural(w) || f.figure.value == Some(1.0) {
            return Some((toks[j].start, t.end));
        }
    }
    // no plural noun within reach: the first word alone, if it is not a capitalised word that
    // may open the next clause
    let k = first_word?;
    let w = toks[k].text(s);
    (k == j && w.starts_with(|c: char| c.is_lowercase())).then(|| (toks[k].start, toks[k].end))
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// (text, the figure, what it counts)
    const CASES: &[(&str, &str, Option<&str>)] = &[
        ("At least 11 people were killed.", "At least 11", Some("people")),
        ("The motion passed with 438 votes in favour.", "438", Some("votes")),
        ("Some 3,000 displaced families returned.", "Some 3,000", Some("displaced families")),
        ("Dozens of protesters gathered.", "Dozens", Some("protesters")),
        ("One soldier was wounded.", "One", Some("soldier")),
        ("Police arrested 12 on Sunday.", "12", None),
        ("They counted 40 million Iraqis.", "40 million", Some("Iraqis")),
        ("He had 12, she had 15.", "12", None),
    ];

    #[test]
    fn what_counts_count() {
        for &(text, fig, want) in CASES {
            let a = analyze(text);
            let m = a.mentions.iter().find(|m| m.text == fig).unwrap_or_else(|| panic!("{text}: no figure {fig:?} in {:?}", a.mentions));
            assert_eq!(m.figure.as_ref().unwrap().counts.as_deref(), want, "{text}");
        }
    }
}
