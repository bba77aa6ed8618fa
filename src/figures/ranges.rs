//! Ranges of two amounts: "5-10", "5 to 10", "between 5 and 10", "1.5-2 billion" (the scale
//! shared), and what is not one: a change ("rose 3/8 to 14 1/4") or a phone number ("555-1234").

use super::{Cx, Amount};
use crate::lexicon::words::MOVES;

impl<'a> Cx<'a> {
    /// A range separator at token `j` for a figure opening at `i`: "-", "–", "—", "to", or "and"
    /// after "between". Returns the token after it.
    pub(super) fn range_sep(&self, i: usize, j: usize) -> Option<usize> {
        let w = self.text(j);
        let dash = matches!(w, "-" | "–" | "—");
        let word = w == "to" || (w == "and" && i > 0 && self.lower_is(i.saturating_sub(1), "between"));
        ((dash || word) && self.joined(j)).then_some(j + 1)
    }

    /// Reads a range after the amount into `a` (its low and high). After a movement verb, "X to
    /// Y" is a range only when a shared unit follows ("rose 5 to 10 percent"), else a change
    /// ("rose 3/8 to 14 1/4", "from 5% to 10%"). False when the amount is a phone number or a
    /// code ("555-1234"): no figure at all.
    pub(super) fn range(&self, a: &mut Amount) -> bool {
        let (i, p, n, last) = (a.i, a.p, a.n, a.last);
        let Some(j) = self.range_sep(i, last) else { return true };
        let j = if let Some((_, n2)) = self.currency_prefix(j) { n2 } else { j };
        let moved = || i > 0 && MOVES.iter().any(|m| self.lower_is(i - 1, m));
        let shared_unit = |k: usize| self.percent_suffix(k).is_some() || self.currency_word(k).is_some() || self.unit_suffix(k, true).is_some();
        let Some(n2) = self.number(j).filter(|n2| self.text(last) != "to" || shared_unit(n2.next) || !moved()) else { return true };
        let hyphen = self.text(last) != "to" && self.text(last) != "and";
        if hyphen && !n.word && self.text(p).len() == 3 && self.text(j).len() == 4 {
            return false;
        }
        if n2.word == n.word && n2.value > n.value || (!n2.word && !n.word && n2.value >= n.value) {
            // the scale shared: "1.5-2 billion"
            let scale_hi = n2.value / self.number_raw(j).unwrap_or(n2.value).max(f64::MIN_POSITIVE);
            a.low = Some(if n.next == p + 1 && scale_hi > 1.0 { n.value * scale_hi } else { n.value });
            a.high = Some(n2.value);
            a.value = None;
            a.last = n2.next;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_none};
    use crate::types::FigureKind::*;

    #[test]
    fn ranges() {
        let f = check(&[
            ("only 5-10% of attacks", "only 5-10%", Percent, None, Some("%")),
            ("rose 5 to 10 percent", "5 to 10 percent", Percent, None, Some("%")),
            ("between 25 and 30 people came", "between 25 and 30", Count, None, None),
            ("a 1.5-2 billion budget", "1.5-2 billion", Count, None, None),
        ]);
        assert_eq!((f[0].low, f[0].high), (Some(5.0), Some(10.0)));
        assert_eq!((f[1].low, f[1].high), (Some(5.0), Some(10.0)));
        assert_eq!((f[2].low, f[2].high), (Some(25.0), Some(30.0)));
        // the scale is shared: 1.5 billion to 2 billion
        assert_eq!((f[3].low, f[3].high), (Some(1.5e9), Some(2e9)));
        // a change, not a range; a phone number, no figure
        check(&[("shares rose 3/8 to 14 1/4 on Monday", "3/8", Count, Some(0.375), None)]);
        check_none(&[("call 555-1234 now", "555")]);
    }

}
