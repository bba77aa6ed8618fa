//! Figures about the same thing: the summary's distinct figures grouped by what they count
//! (the people of a place, people killed or injured, the currency and what an amount pays for,
//! what a count counts), and a group flagged when two of its figures disagree as a careful
//! reader would notice: close values, neither a range or bound that allows the other, in
//! different sentences, neither sentence about a change or a comparison.

use super::{FigureGroup, FigureKind, Mention, SummaryFigure};
use crate::lexicon::words::{CHANGE_CUES, EVENT_FILLERS, EVENT_PARTICIPLES, MONEY_HEADS, POPULATION_NOUNS};
use crate::lexicon::Lexicons;
use crate::sentence::Sentence;
use crate::token::Token;

/// The largest ratio of two values that can be one thing reported twice: further apart, they
/// are two things ("2 million people" of a city and "40 million" of its country).
const CLOSE: f64 = 1.5;
/// Values an approximate figure allows on either side ("about 40 million" and "41 million").
const APPROX: f64 = 0.1;

/// The groups of `figures` (indices into the summary's distinct figures), in order of first
/// mention. `bytes` are the mentions' byte spans in `text`; `sents` its sentences.
pub(super) fn group(text: &str, toks: &[Token], sents: &[Sentence], bytes: &[(usize, usize)], mentions: &[Mention], figures: &[SummaryFigure], lex: &Lexicons) -> Vec<FigureGroup> {
    let sentences = Sentences::new(toks, sents);
    let mut groups: Vec<FigureGroup> = Vec::new();
    let mut tolls: Vec<bool> = Vec::new(); // whether a group may be flagged
    for (fi, g) in figures.iter().enumerate() {
        let mi = g.mentions[0];
        let Some((what, flaggable)) = what(text, &sentences, bytes[mi], &mentions[mi], lex) else { continue };
        let kind = mentions[mi].figure.as_ref().map_or(FigureKind::Count, |f| f.kind);
        match groups.iter().position(|x| x.what == what && x.kind == kind) {
            Some(k) => groups[k].figures.push(fi),
            None => {
                groups.push(FigureGroup { what, kind, figures: vec![fi], disagree: false });
                tolls.push(flaggable);
            }
        }
    }
    // whether each sentence is free of change words: 0 not read yet, 1 free, 2 not
    let mut plain = vec![0u8; sentences.spans.len() + 1];
    for (g, flaggable) in groups.iter_mut().zip(tolls) {
        g.disagree = flaggable && disagree(text, &sentences, &mut plain, bytes, mentions, figures, &g.figures);
    }
    groups
}

/// The byte spans of the article's sentences (the sentence stage's, which knows abbreviations).
struct Sentences {
    spans: Vec<(usize, usize)>,
}

impl Sentences {
    fn new(toks: &[Token], sents: &[Sentence]) -> Sentences {
        Sentences { spans: sents.iter().filter(|s| s.last > s.first).map(|s| (toks[s.first].start, toks[s.last - 1].end)).collect() }
    }
    /// The number of the sentence holding byte `at` (the number of sentences if none does).
    fn index(&self, at: usize) -> usize {
        self.spans.partition_point(|&(_, end)| end <= at)
    }
    /// The byte span of the sentence holding byte `at`.
    fn of(&self, at: usize) -> (usize, usize) {
        self.spans.get(self.index(at)).map_or((at, at), |&(start, end)| (start.min(at), end))
    }
}

/// What a figure counts, and whether a discrepancy in it is worth a flag.
fn what(text: &str, sentences: &Sentences, (b0, b1): (usize, usize), m: &Mention, lex: &Lexicons) -> Option<(String, bool)> {
    let f = m.figure.as_ref()?;
    // only amounts of money and counts are read from the words around them
    if !matches!(f.kind, FigureKind::Money | FigureKind::Count) {
        return match f.kind {
            FigureKind::Quantity => f.counts.as_deref().map(|c| (format!("{} {}", f.unit.unwrap_or(""), crate::text::to_lower(c)).trim().to_string(), false)),
            _ => None,
        };
    }
    let (s0, s1) = sentences.of(b0);
    let before = words_before(text, s0.max(floor(text, b0.saturating_sub(REACH))).min(b0), b0, 3);
    let after = words_after(text, b1, s1.min(floor(text, b1 + REACH)).max(b1), 5);
    match f.kind {
        FigureKind::Money => {
            // "a $2 billion deal", "the budget of $400 million"
            let unit = f.unit.unwrap_or("");
            let head = after.first().filter(|w| MONEY_HEADS.contains(&w.as_str())).or_else(|| (before.len() >= 2 && before[0] == "of").then(|| &before[1]).filter(|w| MONEY_HEADS.contains(&w.as_str())))?;
            Some((format!("{unit} {head}"), true))
        }
        FigureKind::Count => {
            let counts = f.counts.as_deref().map(crate::text::to_lower);
            // "a population of 40 million"; "40 million inhabitants"; "42.5 million Iraqis"
            let population = (before.len() >= 2 && before[0] == "of" && POPULATION_NOUNS.contains(&before[1].as_str()))
                || counts.as_deref().is_some_and(|c| POPULATION_NOUNS.contains(&c) || (c.ends_with('s') && f.counts.as_deref().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase) && lex.is_demonym(w))));
            if population {
                return Some(("people (population)".into(), true));
            }
            // the toll: "12 people killed", "15 were wounded", "killing 12"
            let rest = if counts.is_some() { &after[after.len().min(counts.as_deref().map_or(0, |c| c.split_whitespace().count()))..] } else { &after[..] };
            let event = rest.iter().find(|w| !EVENT_FILLERS.contains(&w.as_str())).and_then(|w| participle(w)).or_else(|| before.first().and_then(|w| participle(w)));
            match (counts, event) {
                (Some(c), Some(e)) => Some((format!("{c} {e}"), true)),
                (None, Some(e)) => Some((format!("people {e}"), true)),
                (Some(c), None) => Some((c, false)),
                (None, None) => None,
            }
        }
        _ => None,
    }
}

fn participle(w: &str) -> Option<&'static str> {
    EVENT_PARTICIPLES.iter().find(|(p, _)| *p == w).map(|&(_, e)| e)
}

/// How far around a figure its words are looked for, in bytes.
const REACH: usize = 120;

/// `i` (clamped to the text), or the char boundary before it.
fn floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Up to `n` lowercase words of `text[from..at]`, nearest `at` first.
fn words_before(text: &str, from: usize, at: usize, n: usize) -> Vec<String> {
    text[from..at].split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).rev().take(n).map(crate::text::to_lower).collect()
}

/// Up to `n` lowercase words of `text[at..to]`.
fn words_after(text: &str, at: usize, to: usize, n: usize) -> Vec<String> {
    text[at..to].split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).take(n).map(crate::text::to_lower).collect()
}

/// At most this many figures of a group, and mentions of a figure, are compared (a bound for a
/// page of a thousand tolls; a discrepancy is among the first few in any article).
const COMPARED: usize = 40;

/// Whether two figures of a group disagree (see the module's note).
fn disagree(text: &str, sentences: &Sentences, plain: &mut [u8], bytes: &[(usize, usize)], mentions: &[Mention], figures: &[SummaryFigure], group: &[usize]) -> bool {
    let group = &group[..group.len().min(COMPARED)];
    for (k, &x) in group.iter().enumerate() {
        for &y in &group[k + 1..] {
            let (mx, my) = (figures[x].mentions[0], figures[y].mentions[0]);
            let (Some(fx), Some(fy)) = (&mentions[mx].figure, &mentions[my].figure) else { continue };
            if !values_clash(fx, fy) {
                continue;
            }
            // each time either figure is given, in a sentence of its own without a change (each
            // sentence read once)
            let mut plain_at = |mi: usize| {
                let k = sentences.index(bytes[mi].0);
                if plain[k] == 0 {
                    let (a, b) = sentences.of(bytes[mi].0);
                    let cue = text[a..b].split(|c: char| !c.is_alphanumeric()).any(|w| CHANGE_CUES.iter().any(|c| w.eq_ignore_ascii_case(c)));
                    plain[k] = if cue { 2 } else { 1 };
                }
                plain[k] == 1
            };
            for &i in figures[x].mentions.iter().take(COMPARED) {
                for &j in figures[y].mentions.iter().take(COMPARED) {
                    if sentences.of(bytes[i].0) != sentences.of(bytes[j].0) && plain_at(i) && plain_at(j) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Two figures' values contradict: close, different, neither a range, a bound or an
/// approximation that allows the other.
fn values_clash(a: &crate::types::Figure, b: &crate::types::Figure) -> bool {
    let (Some(x), Some(y)) = (a.value, b.value) else { return false };
    if x <= 0.0 || y <= 0.0 || x == y || a.bound.is_some() || b.bound.is_some() {
        return false;
    }
    let (lo, hi) = if x < y { (x, y) } else { (y, x) };
    if hi / lo > CLOSE {
        return false;
    }
    // "about 40 million" allows 36–44 million
    let allows = |f: &crate::types::Figure, v: f64, other: f64| f.approx && (other - v).abs() <= v * APPROX;
    !(allows(a, x, y) || allows(b, y, x))
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    /// The groups of `text`'s summary as (what, the figures' texts, disagree).
    fn groups(text: &str) -> Vec<(String, Vec<String>, bool)> {
        let a = analyze(text);
        a.summary.groups.iter().map(|g| (g.what.clone(), g.figures.iter().map(|&f| a.mentions[a.summary.figures[f].mentions[0]].text.clone()).collect(), g.disagree)).collect()
    }
    fn flagged(text: &str) -> Vec<String> {
        groups(text).into_iter().filter(|g| g.2).map(|g| g.0).collect()
    }

    #[test]
    fn what_a_careful_reader_flags() {
        // the population given twice, differently (the seed article's case, in other words)
        let t = "The ministry serves a population of 40 million. Officials said the new plan would protect 42.5 million Syrians.";
        assert_eq!(flagged(t), vec!["people (population)"], "{:?}", groups(t));
        // a toll that changes between paragraphs without a word about a change
        let t = "Twelve people were killed in the blast, police said.\n\nThe bombing, which killed 15 people, was the worst this year.";
        assert_eq!(flagged(t), vec!["people killed"], "{:?}", groups(t));
        // one deal at two prices
        let t = "The government signed a $2 billion deal for the radars. The minister described the $2.08 billion deal as vital.";
        assert_eq!(flagged(t), vec!["USD deal"], "{:?}", groups(t));
    }

    #[test]
    fn what_a_careful_reader_leaves_alone() {
        for t in [
            // the same figure twice
            "The country of 11.5 million people is calm. It protects its 11.5 million people.",
            // a change, in one sentence
            "Seizures rose from about 1,200 a year to more than 3,000.",
            // a change, in two
            "Last year 12 people were killed. This year the toll rose and 15 people were killed.",
            // different events
            "Twelve people were killed and 15 were injured in the attack.",
            "At least 12 people were killed. Another 15 people were injured.",
            // far apart: two different things
            "The capital has a population of 2 million. The country has a population of 40 million.",
            // a range that allows the other
            "Between 10 and 15 people were killed. Police said 12 people were killed.",
            // an approximation that allows the other
            "The city has a population of about 40 million. Its population of 41 million is growing.",
            // a bound
            "More than 10 people were killed. Officials said 12 people were killed.",
            // different currencies, different things paid for
            "It won a $2 billion contract. It also signed a €2.1 billion deal.",
            // counts of other things: grouped, never flagged
            "The company hired 50 engineers in March. In April it hired 60 engineers.",
        ] {
            assert!(flagged(t).is_empty(), "{t}: {:?}", groups(t));
        }
    }

    #[test]
    fn figures_are_grouped_by_what_they_count() {
        let g = groups("Police said 12 people were killed and 30 people were injured. Later 40 people were injured.");
        let whats: Vec<&str> = g.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(whats, vec!["people killed", "people injured"]);
        assert_eq!(g[1].1, vec!["30", "40"]);
    }
}
