//! Relative and named dates and times of day: weekdays, "today", "last year", "the past two
//! years", "a year ago", "the third quarter", "every day", "this morning", "the year ended June 30".
//! One rule a function, tried in order by [`Cx::relative_date`].

use super::{Cx, Found};
use crate::types::{Figure, FigureKind};
use crate::numbers::*;
use crate::lexicon::Low;
use crate::token::Kind;
use crate::lexicon::words::RELATIVE_DATE_HEADS;

impl<'a> Cx<'a> {
    /// Relative and named dates and times of day: "Tuesday", "last year", "the past year",
    /// "recent weeks", "today", "this year's", "the third quarter", "a year ago", "several
    /// months", "every day", "for years", "this morning", "daily". The rules are tried in order;
    /// a rule that decides returns `Some` (a figure or none at all), else the next is tried.
    pub(super) fn relative_date(&self, i: usize) -> Option<Found> {
        let lw = Low::new(self.text(i));
        if weekday(self.text(i)) {
            return self.weekday_date(i);
        }
        if let Some(decided) = self.day_word(i, lw) {
            return decided;
        }
        if matches!(lw.as_str(), "a" | "an" | "several" | "few" | "many") {
            return self.vague_period(i, lw);
        }
        if let Some(f) = self.nth_period(i, lw).or_else(|| self.the_period(i, lw)) {
            return Some(f);
        }
        // (the) first/second/third/fourth quarter/half (of 1990)
        let (first, k) = if lw == "the" && self.joined(i + 1) { (i, i + 1) } else { (i, i) };
        if let Some(f) = self.quarter(first, k) {
            return Some(f);
        }
        // "earlier this year", "later this month"
        if (lw == "earlier" || lw == "later") && self.joined(i + 1) {
            return self.relative_date(i + 1).filter(|f| f.figure.kind == FigureKind::Date).map(|f| Found::new(i, f.last, f.figure));
        }
        if let Some(decided) = self.relative_period(first, k) {
            return decided;
        }
        self.the_year(i, lw)
    }

    /// "Tuesday", "Tuesday, Oct. 26", "Monday's"; not "Black Monday", "Terrible Tuesday" (an
    /// event's name).
    fn weekday_date(&self, i: usize) -> Option<Found> {
        let named = || i > 0 && self.joined(i) && self.t[i - 1].kind == Kind::Word && self.text(i - 1).chars().next().is_some_and(char::is_uppercase) && month(self.text(i - 1)).is_none() && !weekday(self.text(i - 1)) && self.t[i].space && !(i >= 2 && matches!(self.text(i - 2), "." | "“" | "\""));
        let lone_adjective = || (i < 2 || !self.text(i - 2).chars().next().is_some_and(char::is_uppercase))
            && i > 0 && !self.lex.is_place(self.text(i - 1)) && !self.lex.is_org(self.text(i - 1));
        if named() && lone_adjective() && self.t[i - 1].nl == 0 && !self.lex.is_common_cap(self.text(i - 1)) {
            return None;
        }
        // "the Sunday Times", "the Sunday Telegraph": a name with an organization's word ("On
        // Sunday Times Square …" is a date)
        if i > 0 && self.text(i - 1).eq_ignore_ascii_case("the") && self.joined(i + 1) && self.lex.is_org_word(self.text(i + 1)) {
            return None;
        }
        let k = if self.text(i + 1) == "," { i + 2 } else { i + 1 };
        if let Some(f) = self.month_date(k).filter(|f| f.figure.iso.as_deref().is_some_and(|d| d.len() >= 7)) {
            return Some(Found::new(i, f.last, f.figure));
        }
        Some(self.possessive(self.date(i, i + 1, None)))
    }

    /// Token `i` is inside a name: a capitalised word or a possessive glued to one comes before
    /// it on its line, or a capitalised word after it ("China Daily said", "the People's Daily",
    /// "Daily News").
    fn name_goes_on(&self, i: usize) -> bool {
        let capital = |k: usize| self.text(k).starts_with(|c: char| c.is_uppercase());
        let before = i > 0 && self.joined(i) && (capital(i - 1) || i > 1 && self.text(i - 1) == "s" && matches!(self.text(i - 2), "'" | "’"));
        before || capital(i + 1)
    }

    /// Words that are a date or time by themselves or with the next word: "today", "tonight",
    /// "daily", "Christmas", "Monday morning", "later today", "every day", "for years".
    /// `None`: not such a word, try the next rule.
    fn day_word(&self, i: usize, lw: Low) -> Option<Option<Found>> {
        let w = self.text(i);
        let decided = match lw.as_str() {
            "today" | "yesterday" | "tomorrow" => Some(self.possessive(self.date(i, i + 1, None))),
            "tonight" | "noon" | "midnight" | "overnight" => Some(self.time(i, i + 1)),
            // "the Daily Mirror", "Los Angeles Daily News", "China Daily", "the People's Daily"
            // are names
            "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "annual" if w.starts_with(|c: char| c.is_uppercase()) && self.name_goes_on(i) => None,
            "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "annual" => {
                // an adjective before its noun ("a daily news show"), not an adverb ("rises daily.")
                self.t.get(i + 1).filter(|t| t.kind == Kind::Word && self.joined(i + 1)).map(|_| self.date(i, i + 1, None))
            }
            "annually" => Some(self.date(i, i + 1, None)),
            "christmas" | "thanksgiving" | "easter" | "ramadan" | "hanukkah" | "halloween" | "passover" | "diwali" if w.chars().next().is_some_and(char::is_uppercase) => {
                Some(self.date(i, i + 1, None))
            }
            // "Monday morning": the weekday is a date, the part of the day a time
            "morning" | "afternoon" | "evening" | "night" if i > 0 && (weekday(self.text(i - 1)) || self.lower_is(i - 1, "early") || self.lower_is(i - 1, "late")) => {
                Some(self.time(i, i + 1))
            }
            "earlier" | "later" if self.lower_is(i + 1, "today") || self.lower_is(i + 1, "tonight") => Some(self.time(i, i + 2)),
            "earlier" | "later" if self.phrase(i + 1, "in the day").is_some() => Some(self.time(i, i + 4)),
            "all" | "every" | "each" => {
                let head = Low::new(self.text(i + 1));
                if self.joined(i + 1) && matches!(head.as_str(), "night" | "morning" | "afternoon" | "evening") {
                    Some(self.time(i, i + 2))
                } else if self.joined(i + 1) && matches!(head.as_str(), "day" | "week" | "month" | "year" | "weekend" | "summer" | "winter") {
                    Some(self.date(i, i + 2, None))
                } else {
                    None
                }
            }
            // "for years", "in months": a bare plural period
            "for" | "in" | "over" => {
                let head = Low::new(self.text(i + 1));
                (self.joined(i + 1) && matches!(head.as_str(), "years" | "months" | "weeks" | "decades") && !self.lower_is(i + 2, "of")).then(|| self.date(i + 1, i + 2, None))
            }
            _ => return None,
        };
        Some(decided)
    }

    /// "a year ago", "an hour", "several months", "a few weeks", "many years" (at `i`, one of
    /// "a", "an", "several", "few", "many").
    fn vague_period(&self, i: usize, lw: Low) -> Option<Found> {
        let mut j = i + 1;
        if self.lower_is(j, "few") || self.lower_is(j, "couple") {
            j += 1;
            if self.lower_is(j, "of") {
                j += 1;
            }
        }
        if self.lower_is(j, "more") {
            j += 1;
        }
        let unit = time_unit(self.text(j)).filter(|_| self.joined(j))?;
        let plural = self.text(j).ends_with('s');
        let single = matches!(lw.as_str(), "a" | "an") && j == i + 1;
        if plural == single {
            return None;
        }
        let mut f = Figure::new(if matches!(unit, "hour" | "minute" | "second") { FigureKind::Time } else { FigureKind::Duration });
        if single {
            f.value = Some(1.0);
            f.unit = Some(unit);
        }
        let mut end = j + 1;
        // "an hour and a half", "a year and a half"
        if single && self.and_a_half(end) {
            f.value = Some(1.5);
            end += 3;
        }
        if self.lower_is(end, "ago") || self.lower_is(end, "earlier") || self.lower_is(end, "later") {
            f.kind = FigureKind::Date;
            f.value = None;
            f.unit = None;
            end += 1;
        }
        Some(Found::new(i, end, f))
    }

    /// A date after "of" at `k`: "of 1990", "of last year", "of May".
    fn of_date(&self, k: usize) -> Option<Found> {
        self.month_date(k).or_else(|| self.relative_date(k)).or_else(|| self.year(k).map(|(_, n)| self.date(k, n, None)))
    }

    /// "the first nine months (of 1990)", "the last 40 minutes", "the third week", "the sixth
    /// consecutive month".
    fn nth_period(&self, i: usize, lw: Low) -> Option<Found> {
        if !(lw == "the" && (matches!(Low::new(self.text(i + 1)).as_str(), "first" | "last") || ordinal_word(self.text(i + 1)).is_some())) {
            return None;
        }
        let mut j = i + 2;
        if self.lower_is(j, "consecutive") || self.lower_is(j, "straight") {
            j += 1;
        }
        if let Some(n) = self.number(j).filter(|n| n.next > j) {
            j = n.next;
        } else if self.lower_is(j, "few") || self.lower_is(j, "several") {
            j += 1;
        }
        let unit = time_unit(self.text(j)).filter(|_| self.joined(j))?;
        let mut end = j + 1;
        if self.lower_is(end, "of") {
            if let Some(f) = self.of_date(end + 1) {
                end = f.last;
            }
        }
        let kind = if matches!(unit, "hour" | "minute" | "second") { FigureKind::Time } else { FigureKind::Date };
        Some(Found::new(i, end, Figure::new(kind)))
    }

    /// "the day", "that year", "the years", "these days", "the month before": periods that news
    /// annotation marks as dates (23 of 29 "the day", 7 of 7 "the years" in OntoNotes news); "on
    /// the 29th": a day of the month.
    fn the_period(&self, i: usize, lw: Low) -> Option<Found> {
        if matches!(lw.as_str(), "the" | "that" | "these") && self.joined(i + 1) {
            let next = Low::new(self.text(i + 1));
            let hit = match (lw.as_str(), next.as_str()) {
                // not "the day of the attack", "the day when", "the day that"
                ("the", "day") => !matches!(Low::new(self.text(i + 2)).as_str(), "of" | "when" | "that"),
                ("the", "years") => true,
                ("that", "day" | "year") => true,
                ("these", "days") => true,
                ("the", "month" | "week" | "year") => self.lower_is(i + 2, "before") && self.joined(i + 2),
                _ => false,
            };
            if hit {
                let end = if self.lower_is(i + 2, "before") && next.as_str() != "day" { i + 3 } else { i + 2 };
                return Some(self.date(i, end, None));
            }
        }
        if lw == "the" && i > 0 && self.lower_is(i - 1, "on") {
            if let Some((_, n)) = self.day(i + 1).filter(|(_, n)| *n == i + 3) {
                return Some(self.date(i, n, None));
            }
        }
        None
    }

    /// (the) first/second/third/fourth quarter/half (of 1990), with the ordinal at `k`.
    fn quarter(&self, first: usize, k: usize) -> Option<Found> {
        if !(ordinal_word(self.text(k)).is_some_and(|v| v <= 4.0) && matches!(Low::new(self.text(k + 1)).as_str(), "quarter" | "half") && self.joined(k + 1)) {
            return None;
        }
        let mut end = k + 2;
        if self.lower_is(end, "of") {
            if let Some(f) = self.of_date(end + 1) {
                end = f.last;
            }
        }
        Some(self.date(first, end, None))
    }

    /// (the) last/past/next/coming/this/recent… + a period, with the relative word at `k`:
    /// "the past two years", "last Dec. 7", "this morning". `None`: try the next rule.
    fn relative_period(&self, first: usize, k: usize) -> Option<Option<Found>> {
        let kw = Low::new(self.text(k));
        let rel = matches!(kw.as_str(), "coming" | "current" | "earlier" | "following" | "last" | "later" | "latest" | "next" | "past" | "previous" | "recent" | "same" | "that" | "this");
        if !(rel && self.joined(k + 1)) {
            return None;
        }
        let mut j = k + 1;
        // "the past two years", "the last few weeks", "the previous fiscal year"
        if let Some(n) = self.number(j) {
            if n.next > j {
                j = n.next;
            }
        } else if self.lower_is(j, "few") || self.lower_is(j, "several") || self.lower_is(j, "fiscal") {
            j += 1;
        }
        let head = Low::new(self.text(j));
        let head_ok = RELATIVE_DATE_HEADS.contains(&head.as_str()) || weekday(self.text(j)) || month(self.text(j)).is_some();
        if head_ok && self.joined(j) {
            // "this" and "the" alone are too loose before "day(s)"
            if (head == "day" || head == "days") && !matches!(kw.as_str(), "past" | "last" | "recent" | "coming" | "next" | "following" | "previous" | "same") {
                return Some(None);
            }
            if kw == "earlier" || kw == "later" {
                // "earlier this year"
                return Some(self.relative_date(k + 1).map(|f| Found::new(first, f.last, f.figure)));
            }
            // "last Dec. 7", "this April 13": the month's own date, with its day ("the" only in
            // "the following Oct. 1")
            if month(self.text(j)).is_some() {
                if let Some(f) = self.month_date(j) {
                    return Some(Some(Found::new(if first < k && kw != "following" { k } else { first }, f.last, f.figure)));
                }
            }
            // "the" belongs to the date only before past/last/next/coming/previous/following;
            // "agreed that Friday's drop", "following Friday's plunge": a conjunction or a
            // preposition before a weekday's possessive
            let first = if first < k && matches!(kw.as_str(), "current" | "this") {
                k
            } else if first == k && matches!(kw.as_str(), "that" | "following") && weekday(self.text(j)) && matches!(self.text(j + 1), "'" | "’") {
                j
            } else {
                first
            };
            return Some(Some(self.possessive(self.date(first, j + 1, None))));
        }
        if (kw == "last" || kw == "this") && matches!(head.as_str(), "night" | "morning" | "afternoon" | "evening") && self.joined(j) {
            return Some(Some(self.time(first, j + 1)));
        }
        None
    }

    /// "the end of the year", "the morning", "the weekend", "the year 2005", "the fiscal year",
    /// "the year ended June 30".
    fn the_year(&self, i: usize, lw: Low) -> Option<Found> {
        if !(lw == "the" && self.joined(i + 1)) {
            return None;
        }
        let head = Low::new(self.text(i + 1));
        // "the end of the year", "the beginning of the month"
        if matches!(head.as_str(), "end" | "beginning" | "start" | "middle" | "rest" | "remainder" | "same") && self.lower_is(i + 2, "of") && self.lower_is(i + 3, "the") {
            if matches!(Low::new(self.text(i + 4)).as_str(), "year" | "month" | "week" | "decade" | "century" | "day" | "quarter") {
                return Some(self.date(i, i + 5, None));
            }
        }
        if matches!(head.as_str(), "morning" | "afternoon" | "evening" | "night") {
            return Some(self.time(i, i + 2));
        }
        if head == "weekend" {
            return Some(self.date(i, i + 2, None));
        }
        // "the year 2005", "for the quarter", "the fiscal year", "the year ended June 30"
        let (h, j) = if head == "fiscal" { (Low::new(self.text(i + 2)), i + 2) } else { (head, i + 1) };
        if !(matches!(h.as_str(), "year" | "quarter" | "week" | "month" | "decade") && self.joined(j)) {
            return None;
        }
        let mut end = j + 1;
        if h == "year" && self.year(end).is_some() {
            end += 1;
        }
        if self.lower_is(end, "ended") || self.lower_is(end, "ending") {
            let k = if self.lower_is(end + 1, "in") { end + 2 } else { end + 1 };
            if let Some(f) = self.month_date(k) {
                end = f.last;
            }
        }
        Some(self.date(i, end, None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, check_none};
    use crate::types::FigureKind::*;

    #[test]
    fn relative_and_named_dates() {
        check(&[
            ("claimed on Tuesday during", "Tuesday", Date, None, None),
            ("rose last year.", "last year", Date, None, None),
            ("in the past year and", "the past year", Date, None, None),
            ("in recent weeks, these", "recent weeks", Date, None, None),
            ("stayed a year ago", "a year ago", Date, None, None),
            ("in last month's bombing", "last month's", Date, None, None),
            ("sales for the third quarter of 1989 rose", "the third quarter of 1989", Date, None, None),
            ("no money for the current fiscal year was set", "the current fiscal year", Date, None, None),
            ("imports rose over the same period last year.", "the same period last year", Date, None, None),
            ("stocks fell during the day.", "the day", Date, None, None),
            ("through the years it grew", "the years", Date, None, None),
            ("prices are high these days.", "these days", Date, None, None),
            ("sales fell from the month before.", "the month before", Date, None, None),
            ("it rose earlier this year.", "earlier this year", Date, None, None),
            // "the" stays with "following" before a month's date, not with "last"
            ("to 50% the following Oct. 1 and", "the following Oct. 1", Date, None, None),
            ("he lost more money last Oct. 13.", "last Oct. 13", Date, None, None),
            ("he waited for years.", "years", Date, None, None),
            ("by noon, the", "noon", Time, None, None),
            ("Sunday evening, they", "evening", Time, None, None),
            ("we met this morning.", "this morning", Time, None, None),
            ("several months passed", "several months", Duration, None, None),
            ("an hour passed", "an hour", Time, Some(1.0), Some("hour")),
            // the part of the day keeps its "early" or "late"
            ("but by late morning were turning", "late morning", Time, None, None),
            ("by early afternoon it was lower", "early afternoon", Time, None, None),
            // "that" a conjunction, "following" a preposition, before a weekday's possessive
            ("observers agreed that Friday's drop was", "Friday", Date, None, None),
            ("a repeat today following Friday's plunge", "Friday", Date, None, None),
            ("on that Friday, they met", "that Friday", Date, None, None),
            ("on the following Friday, they met", "the following Friday", Date, None, None),
            ("On Sunday Times Square was empty", "Sunday", Date, None, None),
        ]);
        // an event's name, and a newspaper's with "Daily" or a weekday, are not dates
        check_none(&[("markets fell on Black Monday again", "Monday"), ("the Daily Mirror said", "Daily"), ("The official China Daily said prices rose", "Daily"), ("the People's Daily said", "Daily"), ("he told the Sunday Times", "Sunday"), ("The Sunday Telegraph said", "Sunday")]);
    }

}
