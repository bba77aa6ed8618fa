//! Times of day: clock times ("10:30", "5:30 a.m. EDT") and hours ("3 p.m.").

use super::{Cx, Found, Amount, Measured};
use crate::lexicon::words::TIME_ZONES;
use crate::types::{Figure, FigureKind};

impl<'a> Cx<'a> {
    /// Clock times: "10:30", "3 p.m." is handled with numbers; "5:30 a.m. EDT".
    pub(super) fn clock_time(&self, i: usize) -> Option<Found> {
        let t = self.text(i);
        let (h, m) = t.split_once(':')?;
        if h.len() > 2 || m.len() != 2 || h.parse::<u32>().ok()? > 24 || m.parse::<u32>().ok()? > 59 {
            return None;
        }
        let mut end = i + 1;
        if ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].iter().any(|x| self.lower_is(end, x)) && self.joined(end) {
            end += 1;
        }
        Some(Found::new(i, self.zone(end), Figure::new(FigureKind::Time)))
    }

    /// The end of a time of day that ends before `i`, with the time zone written after it:
    /// "EDT", "Eastern (time)", "local time".
    fn zone(&self, i: usize) -> usize {
        let t = self.text(i);
        if TIME_ZONES.contains(&t) {
            return i + 1;
        }
        // "10:00 Eastern", not "3 p.m. Central Park"; "local time"
        let time = usize::from(self.text(i + 1) == "time");
        if matches!(t, "Eastern" | "Central" | "Pacific" | "Mountain" | "local") && (time == 1 || t != "local" && !self.text(i + 1).starts_with(|c: char| c.is_ascii_uppercase())) {
            return i + 1 + time;
        }
        i
    }

    /// "3 p.m.", "11 am".
    pub(super) fn hour(&self, a: &mut Amount) -> Option<Measured> {
        let l = a.last;
        if a.n.word || !(self.lower_is(l, "a.m.") || self.lower_is(l, "p.m.") || self.lower_is(l, "am") || self.lower_is(l, "pm")) || !self.joined(l) {
            return None;
        }
        a.value = None;
        a.last = self.zone(l + 1);
        Some(Measured::Kind(Figure::new(FigureKind::Time), None))
    }

    /// A numeral with a colon that the clock-time rule did not take ("24:00 hours").
    pub(super) fn colon_time(&self, a: &mut Amount) -> Option<Measured> {
        if a.n.word || !self.text(a.p).contains(':') {
            return None;
        }
        a.value = None;
        Some(Measured::Kind(Figure::new(FigureKind::Time), None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::FigureKind::*;

    #[test]
    fn times_of_day() {
        check(&[
            ("at 3 p.m. on", "3 p.m.", Time, None, None),
            ("open at 9:30 a.m. EDT today", "9:30 a.m. EDT", Time, None, None),
            ("the train left at 10:30 and", "10:30", Time, None, None),
            // the time zone written after the time
            ("markets closed at 5 p.m. EST -- when", "5 p.m. EST", Time, None, None),
            ("it airs tonight at 10:00 Eastern, a report", "10:00 Eastern", Time, None, None),
            ("see you tomorrow, 10:00 Eastern time.", "10:00 Eastern time", Time, None, None),
            ("at 6 a.m. local time on", "6 a.m. local time", Time, None, None),
            ("at 3 p.m. Central Park was", "3 p.m.", Time, None, None),
            ("by 5 p.m. Time is short.", "5 p.m.", Time, None, None),
        ]);
    }

}
