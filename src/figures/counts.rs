//! Counts: plain numbers that count something (not part of a name, a code, a list label or a
//! score's other side), vague amounts ("dozens", "several hundred thousand", "tens of
//! millions"), and ordinals ("21st", "the third").

use super::{Cx, Found, Amount, Measured, Num};
use crate::types::{Figure, FigureKind};
use crate::numbers::*;
use crate::lexicon::Low;
use crate::lexicon::words::{AUX_BEFORE_ORDINAL, LABEL_WORDS, ONE_PRONOUN_BEFORE, ONE_PRONOUN_NEXT, RANKERS, S_NOT_PLURALS};
use crate::token::Kind;
use crate::types::Bound;
use crate::token::Token;
use crate::lexicon::W_ORDINAL;
use crate::lexicon::words::LABEL_ABBREVIATIONS;

impl<'a> Cx<'a> {
    /// Whether a plain number is a count the reader cares about (not part of a name or code).
    pub(super) fn is_count(&self, i: usize, p: usize, n: Num) -> bool {
        let txt = self.text(p);
        let prev = if p > 0 { self.text(p - 1) } else { "" };
        let prev_tok = if p > 0 { Some(self.t[p - 1]) } else { None };
        // glued to something before it: "#3", "A4", "3-0" scores are fine, "No.3" not
        if let Some(pt) = prev_tok {
            if !self.t[p].space && p == i && pt.kind == Kind::Word {
                return false;
            }
            if !self.t[p].space && matches!(prev, "#" | "/" | "." | "-" | "+" | "@" | "&") && p == i {
                return false;
            }
        }
        // "one" as a pronoun: "one could argue", "one must"
        if n.word && txt.eq_ignore_ascii_case("one") && self.t.get(n.next).is_some_and(|t| matches!(t.text(self.s), "could" | "would" | "can" | "cannot" | "should" | "might" | "must" | "may")) {
            return false;
        }
        // glued to a word after it: "5G", "3D"
        if self.t.get(n.next).is_some_and(|t| !t.space && t.kind == Kind::Word) && !n.word {
            return false;
        }
        if self.t.get(n.next).is_some_and(|t| !t.space && matches!(t.text(self.s), "/" | ":")) {
            return false;
        }
        if p == i && !n.word {
            // a capitalised word before it names the thing: Boeing 737, Resolution 2334
            if self.named_by_word(p) {
                return false;
            }
            if let Some(pt) = prev_tok {
                let pw = prev;
                // a label, not a count: "No. 3", "page 12", "version 2.8"
                if LABEL_WORDS.contains(&pw) {
                    return false;
                }
                // after an abbreviated label: "berth No. 10", "Prop. 65", "Art. 5"
                if pw == "." && p >= 2 && !pt.space && pt.nl == 0 && LABEL_ABBREVIATIONS.contains(&self.text(p - 2)) {
                    return false;
                }
            }
            // the other side of a score or tally, "passed 271 - 147", is marked with the first
            if matches!(prev, "-" | "–") && p >= 2 && self.t[p - 2].kind == Kind::Num && self.joined(p - 1) {
                return false;
            }
            // a list label: "1." or "2)" opening a line
            if self.t[p].nl > 0 || p == 0 {
                if matches!(self.text(n.next), "." | ")") {
                    return false;
                }
            }
        }
        if n.word {
            let lw = Low::new(txt);
            // a capitalised number inside a name: "the Big Three", "the Two Sides of the Straits"
            if p == i && txt.starts_with(|c: char| c.is_ascii_uppercase()) && n.next == p + 1 {
                let cap = |k: usize| self.t.get(k).is_some_and(|t| t.kind == Kind::Word && t.nl == 0) && self.text(k).starts_with(|c: char| c.is_uppercase());
                let sentence_start = p == 0 || self.t[p].nl > 0 || matches!(prev, "." | "!" | "?" | "\"" | "“" | ":" | "—" | "--" | "(");
                if !sentence_start && (cap(p - 1) || cap(p + 1) && month(self.text(p + 1)).is_none()) {
                    return false;
                }
            }
            if lw == "one" {
                let next = Low::new(self.text(n.next));
                let prevl = Low::new(prev);
                if p == i && (ONE_PRONOUN_NEXT.contains(&next.as_str())
                    || ONE_PRONOUN_BEFORE.contains(&prevl.as_str()))
                {
                    return false;
                }
            }
        }
        true
    }

    /// Whether the capitalised word before the number at `p` names the thing the number belongs
    /// to, on the same line: "Boeing 737", "Resolution 2334", "Mirage 2000" (not a sentence's
    /// first word such as "In", nor a month).
    pub(super) fn named_by_word(&self, p: usize) -> bool {
        let Some(pt) = p.checked_sub(1).map(|k| self.t[k]) else { return false };
        let pw = self.text(p - 1);
        pt.kind == Kind::Word && pt.nl == 0 && pw.starts_with(char::is_uppercase) && !self.lex.is_common_cap(pw) && month(pw).is_none()
    }

    /// Plural nouns after a four-digit number make it a count ("2000 troops"), not a year.
    pub(super) fn counted_noun_follows(&self, j: usize) -> bool {
        let w = self.text(j);
        self.joined(j)
            && w.len() > 3
            && w.ends_with('s')
            && w.chars().all(|c| c.is_lowercase())
            && !S_NOT_PLURALS.contains(&w)
    }

    /// A plain number that counts something.
    pub(super) fn count(&self, a: &mut Amount) -> Option<Measured> {
        self.is_count(a.i, a.p, a.n).then(|| Measured::Kind(Figure::new(FigureKind::Count), None))
    }

    /// No number at `p` after the modifier at `i`: "about a mile", "several hundred thousand",
    /// "dozens", "tens of thousands", "billions of dollars".
    pub(super) fn vague_amount(&self, i: usize, p: usize, approx: bool, bound: Option<Bound>, currency: Option<&'static str>) -> Option<Found> {
        // "about a mile", "nearly a ton": a modifier, "a" and a unit
        if p > i && matches!(Low::new(self.text(p)).as_str(), "a" | "an") && currency.is_none() {
            if let Some((u, j)) = self.unit_suffix(p + 1, false).filter(|_| self.joined(p + 1) && !self.text(p + 1).ends_with('s')) {
                let mut f = Figure::new(FigureKind::Quantity);
                f.unit = Some(u);
                f.value = Some(1.0);
                f.approx = approx;
                f.bound = bound;
                return Some(Found::new(i, j, f));
            }
        }
        // "several hundred thousand", "several billion dollars"
        if self.lower_is(p, "several") && currency.is_none() {
            let mut last = p + 1;
            while self.t.get(last).is_some_and(|t| t.kind == Kind::Word && t.nl == 0) && scale(self.text(last), false).is_some() {
                last += 1;
            }
            if last > p + 1 {
                // the scale is known, the multiple is not: no value
                let mut f = Figure::new(FigureKind::Count);
                f.approx = true;
                if let Some((c, j)) = self.currency_word(last) {
                    f.kind = FigureKind::Money;
                    f.unit = Some(c);
                    last = j;
                }
                return Some(Found::new(i, last, f));
            }
        }
        // "dozens", "hundreds", "thousands" of …
        let w = Low::new(self.text(p));
        if currency.is_none() && matches!(w.as_str(), "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "scores" | "tens") && (w != "scores" || self.lower_is(p + 1, "of")) {
            // "tens of thousands", "tens of millions"; "tens" alone is no figure
            if w == "tens" && self.phrase(p + 1, "of thousands").or_else(|| self.phrase(p + 1, "of millions")).is_none() {
                return None;
            }
            let mut last = p + 1;
            if let Some(j) = self.phrase(last, "of thousands").or_else(|| self.phrase(last, "of millions")).or_else(|| self.phrase(last, "of billions")) {
                last = j;
            }
            let mut f = Figure::new(FigureKind::Count);
            // "billions of dollars", "millions of pounds"
            if self.lower_is(last, "of") {
                if let Some((c, j)) = self.currency_word(last + 1) {
                    f.kind = FigureKind::Money;
                    f.unit = Some(c);
                    last = j;
                }
            }
            f.approx = true;
            f.bound = bound;
            return Some(Found::new(i, last, f));
        }
        None
    }

    pub(super) fn ordinal_suffix(&self, i: usize) -> bool {
        self.adjacent(i) && matches!(self.text(i), "st" | "nd" | "rd" | "th")
    }

    /// "21st", "3rd": a numeral with its suffix.
    pub(super) fn ordinal_numeral(&self, a: &mut Amount) -> Option<Measured> {
        if a.n.word || !self.ordinal_suffix(a.last) {
            return None;
        }
        a.last += 1;
        Some(Measured::Kind(Figure::new(FigureKind::Ordinal), None))
    }
}

/// Ordinal words that rank something ("the third", "its second", "Greece's third"; "21st" is a
/// numeral's suffix, found with the numeral) outside the figures in `out`, merged in text order.
pub(super) fn ordinal_words(s: &str, toks: &[Token], classes: &[u32], out: &mut Vec<Found>) {
    let mut extra = Vec::new();
    let mut k = 0;
    for (idx, (t, &c)) in toks.iter().zip(classes).enumerate() {
        if c & W_ORDINAL == 0 {
            continue;
        }
        while k < out.len() && out[k].last <= idx {
            k += 1;
        }
        if k < out.len() && out[k].first <= idx {
            continue;
        }
        if let Some(v) = ordinal_word(t.text(s)) {
            let next = if idx + 1 < toks.len() { toks[idx + 1].text(s) } else { "" };
            let prev = if idx > 0 { toks[idx - 1].text(s) } else { "" };
            // "a third of" is a fraction (handled); "per second" a unit; "First Boston" and
            // "Sixth Avenue" are names; "First, …" opens a sentence
            if next.eq_ignore_ascii_case("of") && prev.eq_ignore_ascii_case("a") {
                continue;
            }
            if prev.eq_ignore_ascii_case("per") || prev.eq_ignore_ascii_case("a") {
                continue;
            }
            let cap = t.text(s).chars().next().is_some_and(char::is_uppercase);
            if cap && (next.chars().next().is_some_and(char::is_uppercase) || next == ",") {
                continue;
            }
            // an ordinal ranks something: "the first", "its second", "Greece's third";
            // "at first", "first falling", "should first agree" are adverbs
            let lp = Low::new(prev);
            let adverb = AUX_BEFORE_ORDINAL.contains(&lp.as_str())
                || next.ends_with("ing") || next.ends_with("ed") || !next.chars().next().is_some_and(char::is_alphabetic);
            let ranked = RANKERS.contains(&lp.as_str())
                || (cap && (idx == 0 || toks[idx].nl > 0))
                || !adverb;
            if !ranked {
                continue;
            }
            let mut f = Figure::new(FigureKind::Ordinal);
            f.value = Some(v);
            extra.push(Found::new(idx, idx + 1, f));
        }
    }
    if !extra.is_empty() {
        out.extend(extra);
        crate::text::sort_by_key(out, |f| (f.first as u64, 0)); // firsts are distinct: figures never overlap
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_none};
    use crate::types::FigureKind::*;

    #[test]
    fn counts() {
        check(&[
            ("protecting 42.5 million Iraqis.", "42.5 million", Count, Some(4.25e7), None),
            ("The government took these two measures.", "two", Count, Some(2.0), None),
            ("dozens of people were hurt", "dozens", Count, None, None),
            ("Tens of thousands of people marched", "Tens of thousands", Count, None, None),
            ("who will jail several hundred thousand refusers?", "several hundred thousand", Count, None, None),
            ("projects costing several billion dollars are planned", "several billion dollars", Money, None, Some("USD")),
            ("billions of dollars were lost", "billions of dollars", Money, None, Some("USD")),
            // a score's second side is marked with its first
            ("the amendment, which passed 271 - 147, would", "271", Count, Some(271.0), None),
            // a sentence may open with a spelled number before a name
            ("Seven Enron executives were charged.", "Seven", Count, Some(7.0), None),
            // a name's initial before a sentence that opens with a numeral is no label
            ("It was said by Al Lee. 40 people came.", "40", Count, Some(40.0), None),
        ]);
        check_none(&[
            ("Today the company released version 2.8 of its software.", "2.8"),
            ("The fix ships in release 3.1 next week.", "3.1"),
            ("The app was updated.\nVersion 2.8 is out.", "2.8"),
            ("The ship waits at berth No. 10 today.", "10"),
            ("Voters passed Prop. 65 in 1986.", "65"),
            ("Every year, one could argue, the board is late.", "one"),
            ("One must wait.", "One"),
            ("the amendment, which passed 271 - 147, would", "147"),
            ("The Big Three auto makers said", "Three"),
            ("between the Two Sides of the Straits", "Two"),
            ("F-16 jets flew", "16"),
            ("a COVID-19 case", "19"),
            ("the G7 summit", "7"),
            ("a Boeing 737 crashed", "737"),
            ("under Resolution 2334 the", "2334"),
            ("1. Preheat the oven", "1"),
            ("the M-SAM system", "SAM"),
            ("no one came", "one"),
        ]);
    }

    #[test]
    fn ordinals() {
        check(&[
            ("the third attempt", "third", Ordinal, Some(3.0), None),
            ("the 21st century", "21st", Ordinal, Some(21.0), None),
            ("Greece's second loan", "second", Ordinal, Some(2.0), None),
        ]);
        check_none(&[
            // an ordinal after "A" is not a length of time; names and adverbs are no ordinals
            ("A second ship is now expected in May.", "second"),
            ("First Boston said", "First"),
            ("on Sixth Avenue", "Sixth"),
            ("at first they hesitated", "first"),
        ]);
    }

}
