//! Amounts: numerals and number words with their scale ("2.08 billion", "two hundred
//! thousand", "8 3/4"), fractions ("two-thirds", "half a mile"), and the modifiers before them
//! ("more than", "about") with the bound or approximation they give.

use super::{Cx, Found, Num};
use crate::types::{Figure, FigureKind};
use crate::numbers::*;
use crate::lexicon::Low;
use crate::token::Kind;
use crate::types::Bound;
use crate::lexicon::W_TRIGGER;
use crate::lexicon::words::{CLIMBS, MOVES};

/// Phrases before a number: (phrase, approximate, bound). Each opens with a word of
/// `WEAK_TRIGGERS`, the only words at which they are tried (a test checks it).
pub(super) const MODIFIERS: &[(&str, bool, Option<Bound>)] = &[
    ("more than", false, Some(Bound::Min)),
    ("no more than", false, Some(Bound::Max)),
    ("less than", false, Some(Bound::Max)),
    ("fewer than", false, Some(Bound::Max)),
    ("at least", false, Some(Bound::Min)),
    ("at most", false, Some(Bound::Max)),
    ("up to", false, Some(Bound::Max)),
    ("as many as", false, Some(Bound::Max)),
    ("as much as", false, Some(Bound::Max)),
    ("as few as", false, Some(Bound::Min)),
    ("as little as", false, Some(Bound::Min)),
    ("upwards of", false, Some(Bound::Min)),
    ("in excess of", false, Some(Bound::Min)),
    ("just over", true, Some(Bound::Min)),
    ("just under", true, Some(Bound::Max)),
    ("well over", false, Some(Bound::Min)),
    ("as high as", false, Some(Bound::Max)),
    ("as low as", false, Some(Bound::Min)),
    ("an additional", false, None),
    ("additional", false, None),
    ("another", false, None),
    ("almost", true, Some(Bound::Max)),
    ("nearly", true, Some(Bound::Max)),
    ("close to", true, None),
    ("about", true, None),
    ("around", true, None),
    ("approximately", true, None),
    ("roughly", true, None),
    ("some", true, None),
    ("over", false, Some(Bound::Min)),
    ("only", false, None),
];

impl<'a> Cx<'a> {
    /// A number at `i`: numeral with optional scale, or spelled-out words ("two hundred", "forty-two").
    pub(super) fn number(&self, i: usize) -> Option<Num> {
        let tok = self.t.get(i)?;
        let txt = self.text(i);
        let (mut value, mut next, word) = match tok.kind {
            Kind::Num => {
                let v = numeral(txt)?;
                if let Some((f, n)) = self.slash_fraction(i) {
                    // "3/4" alone
                    (f, n, false)
                } else if let Some((f, n)) = self.slash_fraction(i + 1).filter(|_| self.joined(i + 1) && self.t[i + 1].space) {
                    // "8 3/4", "98 4/32"
                    (v + f, n, false)
                } else {
                    (v, i + 1, false)
                }
            }
            Kind::Word => {
                if let Some(v) = small_number(txt) {
                    (v, i + 1, true)
                } else if txt.eq_ignore_ascii_case("a") && self.joined(i + 1) && scale(self.text(i + 1), false).is_some_and(|s| s >= 1e3) {
                    (1.0, i + 1, true)
                } else if txt.eq_ignore_ascii_case("dozen") {
                    (12.0, i + 1, true)
                } else {
                    return None;
                }
            }
            Kind::Punct => return None,
        };
        // "$300 million-a-year": the scale is the head of a hyphenated word
        if let Some(t) = self.t.get(next).filter(|t| t.kind == Kind::Word && self.joined(next)) {
            let w = t.text(self.s);
            if let Some((head, _)) = w.split_once('-') {
                if let Some(sc) = scale(head, false).filter(|_| !word) {
                    return Some(Num { value: value * sc, next: next + 1, word, year_like: false, end_byte: Some(t.start + head.len()) });
                }
            }
        }
        let year_like = !word && txt.len() == 4 && !crate::text::contains_any(txt, b",.") && (1000.0..=2100.0).contains(&value);
        // scale words, possibly several ("two hundred thousand")
        let mut scaled = false;
        loop {
            let attached = next < self.t.len() && !self.t[next].space && !word;
            match self.t.get(next) {
                Some(t) if t.kind == Kind::Word && self.joined(next) => {
                    let w = self.text(next);
                    if let Some(sc) = scale(w, attached) {
                        // "m" right after a number is million only when nothing else follows it glued
                        if attached && w.len() == 1 && self.adjacent(next + 1) && self.t[next + 1].kind == Kind::Word {
                            break;
                        }
                        value *= sc;
                        next += 1;
                        scaled = true;
                        continue;
                    }
                    if word && !scaled && (w.eq_ignore_ascii_case("and") || w == "-") {
                        break;
                    }
                    if word {
                        // "twenty five"
                        if let Some(v) = small_number(w) {
                            if value >= 20.0 && value < 100.0 && crate::numbers::multiple_of(value, 10.0) && v < 10.0 {
                                value += v;
                                next += 1;
                                continue;
                            }
                        }
                    }
                    break;
                }
                _ => break,
            }
        }
        // "two and a half", "three and one half"
        if !scaled && self.and_a_half(next) {
            return Some(Num { value: value + 0.5, next: next + 3, word, year_like: false, end_byte: None });
        }
        Some(Num { value, next, word, year_like: year_like && !scaled, end_byte: None })
    }

    /// "and a half" or "and one half" at token `k`, in one line.
    pub(super) fn and_a_half(&self, k: usize) -> bool {
        self.lower_is(k, "and") && (self.lower_is(k + 1, "a") || self.lower_is(k + 1, "one")) && self.lower_is(k + 2, "half") && (k..k + 3).all(|j| self.joined(j))
    }

    /// "3/4", "13/16": a small fraction written with a slash (not a date or a code such as 2003/2007).
    pub(super) fn slash_fraction(&self, i: usize) -> Option<(f64, usize)> {
        if self.t.get(i)?.kind != Kind::Num || self.text(i + 1) != "/" || !self.adjacent(i + 1) || !self.adjacent(i + 2) {
            return None;
        }
        if self.t.get(i + 2)?.kind != Kind::Num || self.t.get(i + 3).is_some_and(|t| !t.space && t.kind == Kind::Punct && t.text(self.s) == "/") {
            return None;
        }
        let a = crate::numbers::decimal(self.text(i))?;
        let b = crate::numbers::decimal(self.text(i + 2))?;
        (matches!(b as u32, 2 | 3 | 4 | 8 | 16 | 32 | 64) && a < b && a >= 1.0).then_some((a / b, i + 3))
    }

    pub(super) fn number_raw(&self, i: usize) -> Option<f64> {
        match self.t.get(i)?.kind {
            Kind::Num => numeral(self.text(i)),
            _ => small_number(self.text(i)),
        }
    }

    pub(super) fn modifier(&self, i: usize) -> Option<(usize, bool, Option<Bound>)> {
        // every modifier opens with a weak trigger word (a test checks it)
        if self.classes.get(i).is_none_or(|c| c & W_TRIGGER == 0) {
            return None;
        }
        let w = self.text(i);
        // "inched up to 47.6%", "went up to": a direction, not a bound
        if w.eq_ignore_ascii_case("up") && i > 0 && (MOVES.iter().chain(CLIMBS).any(|m| self.lower_is(i - 1, m))) {
            return None;
        }
        MODIFIERS
            .iter()
            .filter(|(p, _, _)| p.len() >= w.len() && p.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes()) && p.as_bytes().get(w.len()).is_none_or(|&b| b == b' '))
            .find_map(|&(p, approx, bound)| self.phrase(i, p).map(|j| (j, approx, bound)))
    }

    /// "a third", "half", "two-thirds", "one quarter".
    pub(super) fn fraction(&self, i: usize) -> Option<Found> {
        let w = self.text(i);
        let lw = Low::new(w);
        if lw == "half" {
            // "half a mile"
            if self.lower_is(i + 1, "a") && self.joined(i + 1) {
                if let Some((u, j)) = self.unit_suffix(i + 2, false).filter(|_| self.joined(i + 2) && !self.text(i + 2).ends_with('s')) {
                    let mut f = Figure::new(FigureKind::Quantity);
                    f.unit = Some(u);
                    f.value = Some(0.5);
                    return Some(Found::new(i, j, f));
                }
            }
            // "half a dozen"
            if self.lower_is(i + 1, "a") && self.lower_is(i + 2, "dozen") && self.joined(i + 1) && self.joined(i + 2) {
                let mut f = Figure::new(FigureKind::Count);
                f.value = Some(6.0);
                return Some(Found::new(i, i + 3, f));
            }
            // "half of", "half the": a count; "a half" left alone
            let next = Low::new(self.text(i + 1));
            let prev = if i > 0 { Low::new(self.text(i - 1)) } else { Low::new("") };
            if matches!(next.as_str(), "of" | "the" | "a" | "their" | "its" | "his" | "her" | "our" | "all") || matches!(prev.as_str(), "than" | "in" | "by" | "about" | "nearly" | "almost") {
                let mut f = Figure::new(FigureKind::Count);
                f.value = Some(0.5);
                return Some(Found::new(i, i + 1, f));
            }
            return None;
        }
        if let Some((a, b)) = lw.split_once('-') {
            if let (Some(n), Some(d)) = (small_number(a), fraction_word(b)) {
                if b.ends_with('s') || n == 1.0 {
                    let mut f = Figure::new(FigureKind::Count);
                    f.value = Some(n * d);
                    return Some(Found::new(i, i + 1, f));
                }
            }
            return None;
        }
        // "about a half of", "more than a half of"
        if lw == "a" && self.lower_is(i + 1, "half") && self.lower_is(i + 2, "of") && self.joined(i + 1) && i > 0 && matches!(Low::new(self.text(i - 1)).as_str(), "about" | "than" | "nearly" | "almost" | "roughly" | "least" | "around" | "some") {
            let mut f = Figure::new(FigureKind::Count);
            f.value = Some(0.5);
            return Some(Found::new(i, i + 2, f));
        }
        if (lw == "a" || lw == "one") && self.joined(i + 1) {
            let nw = Low::new(self.text(i + 1));
            if matches!(nw.as_str(), "third" | "quarter" | "fifth" | "tenth") && self.lower_is(i + 2, "of") {
                let mut f = Figure::new(FigureKind::Count);
                f.value = fraction_word(&nw);
                return Some(Found::new(i, i + 2, f));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use super::MODIFIERS;
    use crate::lexicon::words::WEAK_TRIGGERS;
    use crate::types::Bound;
    use crate::types::FigureKind::*;

    #[test]
    fn numbers_fractions_and_modifiers() {
        // a half after "and" belongs to the number
        check(&[
            ("it took two and a half hours", "two and a half hours", Time, Some(2.5), Some("hour")),
            ("she is eighteen and a half now", "eighteen and a half", Count, Some(18.5), None),
            ("they argued for an hour and a half", "an hour and a half", Time, Some(1.5), Some("hour")),
            ("it took two years and a half", "two years and a half", Duration, Some(2.5), Some("year")),
        ]);
        let f = check(&[
            ("it cost more than $300 million", "more than $300 million", Money, Some(3e8), Some("USD")),
            ("it cost about $5 million", "about $5 million", Money, Some(5e6), Some("USD")),
            ("killed more than 300 people", "more than 300", Count, Some(300.0), None),
            ("forty-two delegates came", "forty-two", Count, Some(42.0), None),
            ("two hundred thousand people", "two hundred thousand", Count, Some(200000.0), None),
            ("a population of 40 million.", "40 million", Count, Some(4e7), None),
            ("a third of voters", "a third", Count, Some(1.0 / 3.0), None),
            ("half of the budget", "half", Count, Some(0.5), None),
            ("two-thirds of members", "two-thirds", Count, Some(2.0 / 3.0), None),
            ("fired more than half its staff", "more than half", Count, Some(0.5), None),
            ("searched at least half a dozen homes", "at least half a dozen", Count, Some(6.0), None),
            ("erased about a half of the fall", "about a half", Count, Some(0.5), None),
            ("the house is half a mile from the port", "half a mile", Quantity, Some(0.5), Some("mi")),
            ("has more than one plan to", "more than one", Count, Some(1.0), None),
        ]);
        assert_eq!(f[0].bound, Some(Bound::Min));
        assert!(f[1].approx && f[1].bound.is_none());
        // "inched up to" is a direction, not a bound
        let f = check(&[("the index inched up to 47.6% in October", "47.6%", Percent, Some(47.6), Some("%"))]);
        assert_eq!(f[0].bound, None);
    }

    #[test]
    fn modifiers_open_with_a_trigger() {
        // figure_at only tries the modifiers at a weak trigger word
        for (m, _, _) in MODIFIERS {
            let first = m.split(' ').next().unwrap_or("");
            assert!(WEAK_TRIGGERS.contains(&first), "{m:?} would never be tried: add {first:?} to WEAK_TRIGGERS");
        }
    }

}
