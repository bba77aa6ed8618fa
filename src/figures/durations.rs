//! Durations built on a number ("six months", "10-year", "two years and 15 days", "45 years
//! old"), the relative dates they make ("two years ago"), and ages (", 45,").

use super::{Cx, Found, Amount, Measured, Num};
use crate::types::{Figure, FigureKind};
use crate::numbers::*;
use crate::token::Kind;

impl<'a> Cx<'a> {
    /// Durations and relative dates built on a number: "six months", "two years ago",
    /// "Two years and 15 days", "10-year", "45 years old".
    pub(super) fn duration_tail(&self, p: usize, last: usize, n: Num) -> Option<Found> {
        let mut j = last;
        // "10-year plan"
        let hyphen = self.text(j) == "-" && self.adjacent(j);
        if hyphen {
            j += 1;
        }
        // "16 consecutive quarters", "four straight years", "15 working days"
        if !hyphen && matches!(self.text(j), "consecutive" | "straight" | "successive" | "working" | "previous" | "full") && self.joined(j) {
            j += 1;
        }
        // "a 10-year-old", and "18 year-old" with a space
        let written = self.text(j);
        let aged = written.ends_with("-old") || written.ends_with("-long");
        let unit_word = if aged { crate::text::trim_end_str(crate::text::trim_end_str(written, "-old"), "-long") } else { written };
        let unit = time_unit(unit_word)?;
        if !self.joined(j) {
            return None;
        }
        if hyphen && !self.adjacent(j) {
            return None;
        }
        // "15 second(s)" vs "second" as an ordinal: units need a number that is not "one second" ordinal
        let mut end = j + 1;
        let clock = matches!(unit, "hour" | "minute" | "second");
        let mut f = Figure::new(if clock { FigureKind::Time } else { FigureKind::Duration });
        f.value = Some(n.value);
        f.unit = Some(unit);
        if hyphen || aged {
            // "a 10-year plan", "14-hour days", "18 year-old"
            return Some(Found::new(p, end, f));
        }
        // "two years and a half"
        if self.and_a_half(end) {
            f.value = Some(n.value + 0.5);
            end += 3;
        }
        // compound: "two years and 15 days"
        if self.lower_is(end, "and") || self.text(end) == "," {
            if let Some(n2) = self.number(end + 1) {
                if let Some(u2) = time_unit(self.text(n2.next)) {
                    if self.joined(n2.next) && u2 != unit {
                        end = n2.next + 1;
                        f.value = None;
                        f.unit = None;
                    }
                }
            }
        }
        if self.lower_is(end, "ago") || self.lower_is(end, "earlier") || self.lower_is(end, "later") {
            f.kind = FigureKind::Date;
            f.value = None;
            f.unit = None;
            end += 1;
        } else if self.lower_is(end, "old") && (unit == "year" || unit == "month") {
            end += 1;
        }
        Some(Found::new(p, end, f))
    }

    /// "six months", "two years ago": the amount and a unit of time.
    pub(super) fn duration(&self, a: &mut Amount) -> Option<Measured> {
        let mut d = self.duration_tail(a.p, a.last, a.n)?;
        d.first = a.i;
        // a range of durations: "three to four months"
        if let (Some(lo), Some(hi), Some(_)) = (a.low, a.high, d.figure.unit) {
            (d.figure.value, d.figure.low, d.figure.high) = (None, Some(lo), Some(hi));
        }
        d.figure.approx |= a.approx;
        d.figure.bound = d.figure.bound.or(a.bound);
        Some(Measured::Done(d))
    }

    /// ", 45," right after a capitalised name: an age.
    pub(super) fn is_age(&self, i: usize, p: usize, n: Num) -> bool {
        if !(i == p && !n.word && n.next == p + 1 && (1.0..=120.0).contains(&n.value) && n.value.fract() == 0.0 && p >= 2 && self.text(p - 1) == ",") {
            return false;
        }
        // the name may end with "Jr." or "Sr."
        let k = if self.text(p - 2) == "." && p >= 3 { p - 3 } else { p - 2 };
        self.t[k].kind == Kind::Word && self.text(k).chars().next().is_some_and(char::is_uppercase) && matches!(self.text(p + 1), "," | ".")
    }

    /// "John D. Carney, 45, was named": an age, a duration in years; so is a number after "age"
    /// ("at the age of 65", "victims age 13 and younger"; the words before it are the span's in
    /// OntoNotes' newswire, not in its other genres, so they stay out).
    pub(super) fn age(&self, a: &mut Amount) -> Option<Measured> {
        let p = a.p;
        let of = usize::from(self.lower_is(p.wrapping_sub(1), "of"));
        let after_age = a.i == p && p > of && self.lower_is(p - 1 - of, "age") && (1.0..=120.0).contains(&a.n.value) && a.n.value.fract() == 0.0;
        let mut fig = Figure::new(FigureKind::Duration);
        fig.unit = Some("year");
        (after_age || self.is_age(a.i, p, a.n)).then_some(Measured::Kind(fig, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::FigureKind::*;

    #[test]
    fn durations_and_ages() {
        check(&[
            ("for six months.", "six months", Duration, Some(6.0), Some("month")),
            ("took office two years ago.", "two years ago", Date, None, None),
            ("Two years and 15 days have passed", "Two years and 15 days", Duration, None, None),
            ("closed for two hours.", "two hours", Time, Some(2.0), Some("hour")),
            ("a 10-year plan", "10-year", Duration, Some(10.0), Some("year")),
            ("he is 45 years old.", "45 years old", Duration, Some(45.0), Some("year")),
            ("gold from 16 year-old G. Gogiea", "16 year-old", Duration, Some(16.0), Some("year")),
            ("John D. Carney, 45, was named", "45", Duration, Some(45.0), Some("year")),
            ("He retired at the age of 65 last year.", "65", Duration, Some(65.0), Some("year")),
            ("He lifted a truck at the age of eight.", "eight", Duration, Some(8.0), Some("year")),
            ("Victims age 13 and younger testify.", "13", Duration, Some(13.0), Some("year")),
            // an adjective between the number and its unit
            ("losses for 16 consecutive quarters, said", "16 consecutive quarters", Duration, Some(16.0), Some("quarter")),
            ("taxes for four straight years, says", "four straight years", Duration, Some(4.0), Some("year")),
            ("USX has 15 working days to contest", "15 working days", Duration, Some(15.0), Some("day")),
        ]);
    }

    #[test]
    fn a_range_of_durations_keeps_both_ends() {
        for (text, lo, hi) in [("It will take three to four months to finish.", 3.0, 4.0), ("a 10-12 year sentence", 10.0, 12.0), ("for two to three weeks", 2.0, 3.0)] {
            let a = crate::analyze(text);
            let f = a.mentions.iter().find_map(|m| m.figure.as_ref()).unwrap_or_else(|| panic!("{text}: no figure"));
            assert_eq!((f.kind, f.value, f.low, f.high), (Duration, None, Some(lo), Some(hi)), "{text}");
        }
    }

}
