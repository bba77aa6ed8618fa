//! One hyphenated word holding a figure: "multibillion-dollar", "five-year", "year-long",
//! "mid-1988", "third-quarter", "six-inch", "five-point" (the number part only).

use super::{Cx, Found};
use crate::types::{Figure, FigureKind};
use crate::numbers::*;
use crate::lexicon::Low;

impl<'a> Cx<'a> {
    /// One hyphenated word holding a figure: "multibillion-dollar", "five-year", "one-hour",
    /// "year-long", "mid-1988", "five-point" (the number part only).
    pub(super) fn compound_word(&self, i: usize) -> Option<Found> {
        let w = self.text(i);
        let (head, tail) = w.split_once(['-', '‑'])?;
        let lh = Low::new(head);
        let lt = Low::new(tail);
        if lt == "dollar" && matches!(lh.as_str(), "multibillion" | "multimillion" | "billion" | "million" | "trillion") {
            let mut f = Figure::new(FigureKind::Money);
            f.unit = Some("USD");
            return Some(Found::new(i, i + 1, f));
        }
        // "third-quarter", "first-half" results
        if ordinal_word(&lh).is_some_and(|v| v <= 4.0) && matches!(lt.as_str(), "quarter" | "half" | "period") {
            return Some(self.date(i, i + 1, None));
        }
        if lh == "mid" {
            let rest = tail;
            if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) || month(rest).is_some() {
                return Some(self.date(i, i + 1, None));
            }
            if rest.len() == 5 && rest.ends_with('s') && rest[..4].bytes().all(|b| b.is_ascii_digit()) {
                return Some(self.date(i, i + 1, None));
            }
            return None;
        }
        // "year-earlier", "year-ago" levels, "year-end", "month-end": a date relative to another
        if matches!(lh.as_str(), "year" | "month" | "quarter" | "week") && matches!(lt.as_str(), "earlier" | "ago" | "end" | "before") {
            return Some(self.date(i, i + 1, None));
        }
        let unit_part = crate::text::trim_end_str(crate::text::trim_end_str(&lt, "-old"), "-long");
        if let Some(unit) = time_unit(unit_part) {
            if let Some(v) = small_number(head) {
                let mut f = Figure::new(if matches!(unit, "hour" | "minute" | "second") { FigureKind::Time } else { FigureKind::Duration });
                f.value = Some(v);
                f.unit = Some(unit);
                return Some(Found::new(i, i + 1, f));
            }
            return None;
        }
        if let Some(unit) = time_unit(&lh).filter(|_| lt == "long" || lt == "old") {
            let mut f = Figure::new(FigureKind::Duration);
            f.unit = Some(unit);
            return Some(Found::new(i, i + 1, f));
        }
        // "six-inch" walls, a "seven-yen" dividend
        if let Some(v) = small_number(head) {
            if let Some(u) = self.lex.unit(lt.as_str()).filter(|_| lt.len() > 2) {
                let mut f = Figure::new(FigureKind::Quantity);
                f.value = Some(v);
                f.unit = Some(u);
                return Some(Found::new(i, i + 1, f));
            }
            if let Some(c) = self.lex.currency(lt.as_str()) {
                let mut f = Figure::new(FigureKind::Money);
                f.value = Some(v);
                f.unit = Some(c);
                return Some(Found::new(i, i + 1, f));
            }
        }
        // "five-point", "three-run", "six-figure": the number is a count
        if let Some(v) = small_number(head).filter(|_| !tail.is_empty() && tail.chars().all(char::is_lowercase) && fraction_word(tail).is_none() && small_number(tail).is_none()) {
            let mut f = Figure::new(FigureKind::Count);
            f.value = Some(v);
            let mut found = Found::new(i, i + 1, f);
            found.end_byte = Some(self.t[i].start + head.len());
            return Some(found);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;
    use crate::types::FigureKind::*;

    #[test]
    fn hyphenated_words() {
        check(&[
            ("a multibillion-dollar dam", "multibillion-dollar", Money, None, Some("USD")),
            ("a five-year plan", "five-year", Duration, Some(5.0), Some("year")),
            ("the 17-year-old driver", "17-year-old", Duration, Some(17.0), Some("year")),
            ("a year-long strike", "year-long", Duration, None, Some("year")),
            ("below year-ago levels", "year-ago", Date, None, None),
            ("the year-earlier period", "year-earlier", Date, None, None),
            ("a year-end rally", "year-end", Date, None, None),
            // a fraction: no count in it ("two" of "two-sevenths")
            ("add two-sevenths and", "two-sevenths", Count, Some(2.0 / 7.0), None),
            ("in mid-1988 the", "mid-1988", Date, None, None),
            ("third-quarter results", "third-quarter", Date, None, None),
            ("six-inch walls", "six-inch", Quantity, Some(6.0), Some("in")),
            ("the five-point limit", "five", Count, Some(5.0), None),
        ]);
    }

}
