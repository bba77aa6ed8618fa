//! Calendar dates: "October 26", "Oct. 26, 2024", "26 October", "October 2024", a bare month
//! after a preposition, years ("2014", "fiscal 2024", "between 1994 and 2004"), decades ("the
//! 1990s", "'80s"), and how far a date extends ("early", "the end of", ranges "Oct. 14 to Dec. 31").

use super::{Cx, Found, Amount, Measured};
use crate::lexicon::words::{MONTH_PREPOSITIONS, PERIOD_PARTS};
use crate::types::{Figure, FigureKind};
use crate::numbers::*;
use crate::lexicon::{Low, W_DIGIT, W_STRONG, W_TRIGGER};
use crate::token::Kind;

impl<'a> Cx<'a> {
    /// Day of month at `i` (1–31, optionally "21st"); returns (day, next).
    pub(super) fn day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Num || !self.joined(i) {
            return None;
        }
        let w = self.text(i);
        if w.len() > 2 {
            return None;
        }
        let d: u32 = w.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let next = if self.ordinal_suffix(i + 1) { i + 2 } else { i + 1 };
        // "the Ginnie Mae November 9% issue": a rate, not a day
        if self.percent_suffix(next).is_some() {
            return None;
        }
        Some((d, next))
    }

    pub(super) fn year(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Num || !self.joined(i) {
            return None;
        }
        let w = self.text(i);
        if w.len() != 4 {
            return None;
        }
        let y: u32 = w.parse().ok()?;
        (1000..=2100).contains(&y).then_some((y, i + 1))
    }

    /// Month-based dates: "October 26", "Oct. 26, 2024", "26 October", "October 2024", "October".
    pub(super) fn month_date(&self, i: usize) -> Option<Found> {
        let w = self.text(i);
        // "26 October (2024)"
        if let Some((d, n)) = self.day(i) {
            if let Some((m, abbr)) = month(self.text(n)) {
                let mut next = n + 1;
                if abbr && self.text(next) == "." && self.adjacent(next) {
                    next += 1;
                }
                let mut iso = format!("--{m:02}-{d:02}");
                if let Some((y, n2)) = self.year(next).or_else(|| if self.text(next) == "," { self.year(next + 1) } else { None }) {
                    iso = format!("{y}-{m:02}-{d:02}");
                    next = n2;
                }
                return Some(self.date(i, next, Some(iso)));
            }
            return None;
        }
        let (m, abbr) = month(w)?;
        let mut next = i + 1;
        if abbr {
            if self.text(next) == "." && self.adjacent(next) {
                next += 1;
            } else if !matches!(w, "Sept" | "Sep" | "Oct" | "Nov" | "Dec" | "Jan" | "Feb" | "Aug" | "Apr") {
                return None;
            }
        }
        if let Some((d, n)) = self.day(next) {
            let mut iso = format!("--{m:02}-{d:02}");
            let mut end = n;
            if self.text(n) == "," {
                if let Some((y, n2)) = self.year(n + 1) {
                    iso = format!("{y}-{m:02}-{d:02}");
                    end = n2;
                }
            } else if let Some((y, n2)) = self.year(n) {
                iso = format!("{y}-{m:02}-{d:02}");
                end = n2;
            }
            return Some(self.date(i, end, Some(iso)));
        }
        if let Some((y, n)) = self.year(next) {
            return Some(self.date(i, n, Some(format!("{y}-{m:02}"))));
        }
        // a bare month: "in October"; May and March only after a preposition
        let prev = if i > 0 { Low::new(self.text(i - 1)) } else { Low::new("") };
        let after_prep = MONTH_PREPOSITIONS.contains(&prev.as_str());
        if abbr && !w.ends_with('.') && self.text(next) != "." {
            return None;
        }
        if matches!(w, "May" | "March" | "Mar" | "Jan" | "Dec" | "Aug") && !after_prep {
            return None;
        }
        Some(self.date(i, next, Some(format!("--{m:02}"))))
    }

    pub(super) fn date(&self, first: usize, last: usize, iso: Option<String>) -> Found {
        let mut f = Figure::new(FigureKind::Date);
        f.iso = iso;
        Found::new(first, last, f)
    }

    /// A time of day over tokens `[first, last)`.
    pub(super) fn time(&self, first: usize, last: usize) -> Found {
        Found::new(first, last, Figure::new(FigureKind::Time))
    }

    /// Includes a possessive "’s" after a date: "this year’s", "last month's".
    pub(super) fn possessive(&self, mut f: Found) -> Found {
        if f.last > f.first + 1 && matches!(self.text(f.last), "’" | "'") && self.adjacent(f.last) && self.text(f.last + 1) == "s" && self.adjacent(f.last + 1) {
            f.last += 2;
        }
        f
    }

    /// Decades: "1990s", "the 1990s" (with "the" handled by the caller), "'80s".
    pub(super) fn decade(&self, i: usize) -> Option<Found> {
        let y = self.text(i);
        // "the 1990s", not "incomplete 8300s" (forms): a decade of four digits is of the years
        // 1000 to 2999
        if y.len() == 4 && !matches!(y.as_bytes()[0], b'1' | b'2') {
            return None;
        }
        // "the 90's", "1990's"
        if (y.len() == 4 || y.len() == 2) && y.ends_with('0') && matches!(self.text(i + 1), "'" | "’") && self.adjacent(i + 1) && self.text(i + 2) == "s" && self.adjacent(i + 2) {
            return Some(self.date(i, i + 3, None));
        }
        // "'82": a year written with two digits
        let quoted = i > 0 && matches!(self.text(i - 1), "'" | "’") && self.adjacent(i) && (i == 1 || self.t[i - 1].space);
        if y.len() == 2 && quoted && !self.adjacent(i + 1) {
            let mut f = Figure::new(FigureKind::Date);
            f.iso = None;
            return Some(Found::new(i - 1, i + 1, f));
        }
        let two = y.len() == 2 && i > 0 && matches!(self.text(i - 1), "’" | "'") && self.adjacent(i);
        if (y.len() == 4 || two) && y.ends_with('0') && self.text(i + 1) == "s" && self.adjacent(i + 1) {
            let mut f = Figure::new(FigureKind::Date);
            if y.len() == 4 {
                f.iso = Some(format!("{}X", &y[..3]));
            }
            let first = if two { i - 1 } else { i };
            return Some(Found::new(first, i + 2, f));
        }
        None
    }

    /// Grows a date to what news annotation includes around it: "early"/"late"/"mid", "fiscal",
    /// "the" before a decade, "the end of …", "May of this year", and ranges ("Oct. 14 to Dec. 31",
    /// "1989-90", "between 1994 and 2004"). `floor` is the end of the previous figure.
    pub(super) fn extend_date(&self, f: &mut Found, floor: usize) {
        let is_year = f.last == f.first + 1 && self.year(f.first).is_some();
        // forward: ranges and "of this year"
        let j = f.last;
        if is_year && matches!(self.text(j), "-" | "–") && self.joined(j) && self.joined(j + 1) && self.t.get(j + 1).is_some_and(|t| t.kind == Kind::Num && t.end - t.start == 2) {
            f.last = j + 2;
        } else if f.figure.kind == FigureKind::Date {
            let between = f.first > 0 && self.lower_is(f.first - 1, "between");
            let sep = matches!(self.text(j), "-" | "–" | "to" | "through") || (between && self.text(j) == "and");
            if sep && self.joined(j) && self.joined(j + 1) {
                if let Some(g) = self.month_date(j + 1).or_else(|| self.year(j + 1).filter(|_| is_year).map(|(_, n)| self.date(j + 1, n, None))) {
                    f.last = g.last;
                    f.figure.iso = None;
                } else if let Some((_, n)) = self.day(j + 1).filter(|_| month(self.text(f.first)).is_some() && (f.first + 1..f.last).any(|k| self.t[k].kind == Kind::Num)) {
                    // "August 5th to 9th, 1995"
                    f.last = n;
                    if self.text(n) == "," {
                        if let Some((_, n2)) = self.year(n + 1) {
                            f.last = n2;
                        }
                    }
                    f.figure.iso = None;
                }
            }
            // "Dec. 7 and 8" (a day already given), not "21% in August and 12% in September"
            let has_day = (f.first + 1..f.last).any(|k| self.t[k].kind == Kind::Num);
            if has_day && self.lower_is(f.last, "and") && self.t.get(f.first).is_some_and(|t| t.kind == Kind::Word) && month(self.text(f.first)).is_some() {
                if let Some((_, n)) = self.day(f.last + 1).filter(|_| self.t.get(f.last + 2).is_none_or(|t| t.kind != Kind::Word || !self.t[f.last + 2].space || month(self.text(f.last + 2)).is_none())) {
                    f.last = n;
                    f.figure.iso = None;
                }
            }
            // "June of this year", "March 21st of this year"
            if self.lower_is(f.last, "of") && (f.first..f.last).any(|k| month(self.text(k)).is_some()) {
                if let Some(g) = self.relative_date(f.last + 1).filter(|g| g.figure.kind == FigureKind::Date) {
                    f.last = g.last;
                }
            }
            // "nine years ago today"
            if self.lower_is(f.last - 1, "ago") && (self.lower_is(f.last, "today") || self.lower_is(f.last, "yesterday")) && self.joined(f.last) {
                f.last += 1;
            }
        }
        // backward
        let mut k = f.first;
        // "last Dec. 7", "this April 13"
        if k > floor && self.t.get(k).is_some_and(|t| t.kind == Kind::Word) && month(self.text(k)).is_some() && (self.lower_is(k - 1, "last") || self.lower_is(k - 1, "this") || self.lower_is(k - 1, "next")) {
            k -= 1;
        }
        if k > floor && (self.lower_is(k - 1, "early") || self.lower_is(k - 1, "late") || self.lower_is(k - 1, "mid")) && self.joined(k) {
            k -= 1;
        }
        if k > floor && is_year && self.lower_is(k - 1, "fiscal") {
            k -= 1;
        }
        // "the 1920s", "the 90's", "the mid-1980s"
        let tail = self.text(f.last - 1);
        let plural_decade = tail == "s" && (f.figure.iso.as_deref().is_some_and(|x| x.ends_with('X')) || matches!(self.text(f.last - 2), "'" | "’"));
        let mid_decade = tail.starts_with("mid-") && tail.ends_with("0s");
        let decade = f.figure.kind == FigureKind::Date && (plural_decade || mid_decade);
        if k > floor && self.lower_is(k - 1, "the") && (decade || k < f.first) && self.joined(k) {
            k -= 1;
        }
        // "the current fiscal year", "its most recent quarter": the determiner belongs to the date
        if k == f.first && k > floor && matches!(Low::new(self.text(k)).as_str(), "current" | "recent" | "latest" | "previous" | "coming") {
            let mut b = k;
            if b > floor && self.lower_is(b - 1, "most") {
                b -= 1;
            }
            if b > floor && matches!(Low::new(self.text(b - 1)).as_str(), "the" | "its" | "their") && self.joined(b) {
                k = b - 1;
            }
        }
        // "the same period last year", "the same quarter a year earlier"
        if k == f.first && k >= floor + 3 && self.lower_is(k - 3, "the") && self.lower_is(k - 2, "same") && matches!(Low::new(self.text(k - 1)).as_str(), "period" | "time" | "quarter" | "month" | "week") {
            k -= 3;
        }
        // "the end of last year", "the first half of 1989"
        if k >= floor + 3 && self.lower_is(k - 1, "of") && self.lower_is(k - 3, "the") {
            let what = Low::new(self.text(k - 2));
            if PERIOD_PARTS.contains(&what.as_str()) {
                k -= 3;
            }
        }
        f.first = k;
    }

    /// "between 1994 and 2004", "1996 to 2000": a range of years is a date.
    pub(super) fn year_range(&self, a: &mut Amount) -> Option<Measured> {
        let years = 1900.0..=2035.0;
        if !(a.n.year_like && a.low.is_some() && a.high.is_some_and(|h| years.contains(&h)) && years.contains(&a.n.value) && !self.counted_noun_follows(a.last)) {
            return None;
        }
        let mut fig = Figure::new(FigureKind::Date);
        // years as integers: formatting an f64 would bring float printing (14 KB) into the WASM build
        fig.iso = a.high.map(|h| format!("{}/{}", a.n.value as i64, h as i64));
        a.value = None;
        Some(Measured::Kind(fig, None))
    }

    /// A four-digit numeral that reads as a year ("in 2014", "fiscal 2024"), not a count ("2000
    /// troops") nor a name's number: a round thousand or a number past the years of news after a
    /// name ("Mirage 2000", "Dawning 1000"; a wine's vintage, "Grange Hermitage 1982", is a year).
    pub(super) fn year_numeral(&self, a: &mut Amount) -> Option<Measured> {
        let news_year = (1900.0..=2035.0).contains(&a.n.value);
        if !(a.n.year_like && !a.modified && a.low.is_none() && (news_year || !self.counted_noun_follows(a.last))) {
            return None;
        }
        if (!news_year || crate::numbers::multiple_of(a.n.value, 1000.0)) && self.named_by_word(a.p) && self.classes[a.p - 1] & (W_STRONG | W_TRIGGER | W_DIGIT) == 0 {
            return None;
        }
        let mut fig = Figure::new(FigureKind::Date);
        fig.iso = Some(self.text(a.p).to_string());
        a.value = None;
        Some(Measured::Kind(fig, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_none};
    use crate::types::FigureKind::*;

    #[test]
    fn calendar_dates() {
        let f = check(&[
            ("on October 26 the", "October 26", Date, None, None),
            ("on Oct. 26, 2024 the", "Oct. 26, 2024", Date, None, None),
            ("on 26 October the", "26 October", Date, None, None),
            ("formed in 2014 to", "2014", Date, None, None),
            ("built between 1994 and 2004.", "between 1994 and 2004", Date, None, None),
            ("since the 1990s.", "the 1990s", Date, None, None),
            ("in October 2024 the", "October 2024", Date, None, None),
        ]);
        let iso: Vec<_> = f.iter().map(|f| f.iso.as_deref()).collect();
        assert_eq!(iso, [Some("--10-26"), Some("2024-10-26"), Some("--10-26"), Some("2014"), Some("1994/2004"), Some("199X"), Some("2024-10")]);
        // May and March are months only after a preposition
        check_none(&[("May I ask?", "May")]);
    }

    #[test]
    fn a_names_number_is_not_a_year() {
        check_none(&[
            ("They bought Mirage 2000 combat aircraft.", "2000"),
            ("The Dawning 1000 computer was built here.", "1000"),
            ("Microsoft shipped Windows 2000 to users.", "2000"),
        ]);
        // forms, not decades
        check_none(&[("It mailed letters about incomplete 8300s last month.", "8300")]);
        // a vintage is a year; so is a year after a figure word or a sentence's first word
        check(&[
            ("It is as dear as Grange Hermitage 1982, they said.", "1982", Date, None, None),
            ("Q3 2000 results rose.", "2000", Date, None, None),
            ("the Summer 2000 games", "2000", Date, None, None),
            ("In 2000 the firm grew.", "2000", Date, None, None),
            ("He left in 2000 and came back.", "2000", Date, None, None),
        ]);
    }

    #[test]
    fn dates_extend() {
        check(&[
            ("sales fell in early October.", "early October", Date, None, None),
            ("it opened on March 21st of this year.", "March 21st of this year", Date, None, None),
            ("Nine years ago today, the deal was signed.", "Nine years ago today", Date, None, None),
            ("spending in fiscal 1990 rose", "fiscal 1990", Date, None, None),
            ("the 1989-90 crop", "1989-90", Date, None, None),
            ("rebates from Oct. 14 to Dec. 31.", "Oct. 14 to Dec. 31", Date, None, None),
            ("held from August 5th to 9th, 1995.", "August 5th to 9th, 1995", Date, None, None),
            ("in the 1920s and", "the 1920s", Date, None, None),
            ("in the mid-1980s, it", "the mid-1980s", Date, None, None),
            ("entering the 90's, he", "the 90's", Date, None, None),
            ("by the end of the year.", "the end of the year", Date, None, None),
        ]);
    }

}
