//! Percentages: "%", "percent", "per cent", "pct", ranges of two percentages ("10% to 20%",
//! "7% or 8%"), and changes in percentage points, which news annotation counts as a number.

use super::{Cx, Amount, Measured};
use crate::types::{Figure, FigureKind};

impl<'a> Cx<'a> {
    pub(super) fn percent_suffix(&self, i: usize) -> Option<usize> {
        let w = self.text(i);
        if w == "%" && self.joined(i) {
            return Some(i + 1);
        }
        // every phrase below starts with a "p"
        if !matches!(w.as_bytes().first(), Some(b'p' | b'P')) {
            return None;
        }
        self.phrase(i, "percentage points")
            .or_else(|| self.phrase(i, "percentage point"))
            .or_else(|| self.phrase(i, "per cent"))
            .or_else(|| self.phrase(i, "percent"))
            .or_else(|| self.phrase(i, "pct"))
    }

    /// "0.7 percentage point": a change in points is a count of points, not a share; news
    /// annotation marks the number and leaves "percentage points" out ("[about 0.7] percentage point").
    pub(super) fn percentage_points(&self, a: &mut Amount) -> Option<Measured> {
        if !(self.lower_is(a.last, "percentage") && self.percent_suffix(a.last).is_some()) {
            return None;
        }
        let mut fig = Figure::new(FigureKind::Count);
        fig.unit = Some("percentage point");
        Some(Measured::Kind(fig, None))
    }

    /// "12%", "12 percent"; two percentages joined into one figure: "10% to 20%", "7% or 8%",
    /// "between 9% and 14%"; not "0.7 percentage point to 7.16%", and not a falling pair, which is
    /// a tally or a quote rather than a range: "rejected it 59% to 41%", "8 3/4% to 8 5/8%".
    pub(super) fn percent(&self, a: &mut Amount) -> Option<Measured> {
        let j = self.percent_suffix(a.last)?;
        let mut fig = Figure::new(FigureKind::Percent);
        fig.unit = Some("%");
        a.last = j;
        if a.low.is_none() {
            let sep = self.range_sep(a.i, a.last).or_else(|| (self.lower_is(a.last, "or") && self.joined(a.last)).then_some(a.last + 1));
            if let Some(k) = sep {
                if let Some(n2) = self.number(k).filter(|n2| !n2.word && n2.value > a.n.value) {
                    if let Some(j2) = self.percent_suffix(n2.next) {
                        a.low = Some(a.n.value);
                        a.high = Some(n2.value);
                        a.value = None;
                        a.last = j2;
                    }
                }
            }
        }
        Some(Measured::Kind(fig, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::FigureKind::*;

    #[test]
    fn percentages() {
        check(&[
            ("fell 10 per cent", "10 per cent", Percent, Some(10.0), Some("%")),
            ("a 12% rise", "12%", Percent, Some(12.0), Some("%")),
            ("up 3 pct on the year", "3 pct", Percent, Some(3.0), Some("%")),
            ("yields of 8 3/4% were", "8 3/4%", Percent, Some(8.75), Some("%")),
            ("a 10% to 20% stake", "10% to 20%", Percent, None, Some("%")),
            ("7% or 8% of voters", "7% or 8%", Percent, None, Some("%")),
            // a falling pair is a tally or a quote: two figures
            ("voters rejected it 59% to 41%.", "59%", Percent, Some(59.0), Some("%")),
            ("voters rejected it 59% to 41%.", "41%", Percent, Some(41.0), Some("%")),
            // two months, two percentages: no range
            ("rose 21% in August and 12% in September", "12%", Percent, Some(12.0), Some("%")),
            // a rate after a month, not a day of it
            ("the Ginnie Mae November 9% issue", "9%", Percent, Some(9.0), Some("%")),
            // a change in percentage points is a count of points; the number only
            ("cut the rate by about 0.25 percentage point to 8.75%", "about 0.25", Count, Some(0.25), Some("percentage point")),
        ]);
    }

}
