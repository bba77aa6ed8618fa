//! Figures: money, percentages, counts, quantities, dates, times, durations and ordinals, with
//! normalised values. Spans follow news annotation conventions: modifiers such as "about" and
//! "more than" are inside the span, the counted noun is not ("40 million" of "40 million Iraqis").

use crate::types::{Bound, Figure, FigureKind};
use crate::lexicon::words::{CLIMBS, MOVES, RELATIVE_DATE_HEADS};
use crate::lexicon::{with_lower, Lexicons, Low, W_CURRENCY, W_ORDINAL, W_STRONG, W_TRIGGER};
use crate::numbers::*;
use crate::token::{Kind, Token};

/// A figure found over tokens `[first, last)`.
#[derive(Clone, Debug)]
pub struct Found {
    pub first: usize,
    pub last: usize,
    pub figure: Figure,
    /// Byte bounds that cut into a token ("five" of "five-point", "17.95" of "$17.95"), when the
    /// span does not follow token bounds.
    pub start_byte: Option<usize>,
    pub end_byte: Option<usize>,
}

impl Found {
    fn new(first: usize, last: usize, figure: Figure) -> Found {
        Found { first, last, figure, start_byte: None, end_byte: None }
    }
}

struct Cx<'a> {
    s: &'a str,
    t: &'a [Token],
    lex: &'a Lexicons,
    classes: &'a [u32],
}

/// A parsed number: value, the token after it, whether it was spelled out.
#[derive(Clone, Copy)]
struct Num {
    value: f64,
    next: usize,
    word: bool,
    /// A bare four-digit numeral that could be a year.
    year_like: bool,
    /// The number ends inside its last token ("million" of "million-a-year").
    end_byte: Option<usize>,
}

const MODIFIERS: &[(&str, bool, Option<Bound>)] = &[
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
    fn text(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| t.text(self.s))
    }
    #[inline(never)] // called from a hundred places: inlined, it made the WASM 3.4 KB bigger
    fn lower_is(&self, i: usize, w: &str) -> bool {
        self.t.get(i).map_or(w.is_empty(), |t| t.eq_ignore_ascii_case(self.s, w))
    }
    /// Token `i` follows token `i-1` with no line break.
    fn joined(&self, i: usize) -> bool {
        i < self.t.len() && self.t[i].nl == 0
    }
    fn adjacent(&self, i: usize) -> bool {
        i < self.t.len() && !self.t[i].space
    }
    fn phrase(&self, i: usize, p: &str) -> Option<usize> {
        // cheap first test on the first word before walking the phrase
        let first = p.as_bytes().iter().position(|&b| b == b' ').map_or(p, |k| &p[..k]);
        if !self.lower_is(i, first) {
            return None;
        }
        let mut j = i;
        for w in p.split(' ') {
            if j >= self.t.len() || (j > i && !self.joined(j)) || !self.lower_is(j, w) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// A number at `i`: numeral with optional scale, or spelled-out words ("two hundred", "forty-two").
    fn number(&self, i: usize) -> Option<Num> {
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
        let year_like = !word && txt.len() == 4 && !txt.contains([',', '.']) && (1000.0..=2100.0).contains(&value);
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
                            if value >= 20.0 && value < 100.0 && value % 10.0 == 0.0 && v < 10.0 {
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
        Some(Num { value, next, word, year_like: year_like && !scaled, end_byte: None })
    }

    /// "3/4", "13/16": a small fraction written with a slash (not a date or a code such as 2003/2007).
    fn slash_fraction(&self, i: usize) -> Option<(f64, usize)> {
        if self.t.get(i)?.kind != Kind::Num || self.text(i + 1) != "/" || !self.adjacent(i + 1) || !self.adjacent(i + 2) {
            return None;
        }
        if self.t.get(i + 2)?.kind != Kind::Num || self.t.get(i + 3).is_some_and(|t| !t.space && t.kind == Kind::Punct && t.text(self.s) == "/") {
            return None;
        }
        let a: f64 = self.text(i).parse().ok()?;
        let b: f64 = self.text(i + 2).parse().ok()?;
        (matches!(b as u32, 2 | 3 | 4 | 8 | 16 | 32 | 64) && a < b && a >= 1.0).then_some((a / b, i + 3))
    }

    fn modifier(&self, i: usize) -> Option<(usize, bool, Option<Bound>)> {
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

    /// A currency before the number: "$", "US$", "€", "IQD".
    fn currency_prefix(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.text(i);
        if w.is_empty() {
            return None;
        }
        // two glued tokens: US$, C$, HK$
        if self.adjacent(i + 1) && self.text(i + 1) == "$" && w.len() <= 3 {
            if let Some(&c) = self.lex.currencies.get(&format!("{w}$")) {
                return Some((c, i + 2));
            }
        }
        let t = &self.t[i];
        // newswire text of the 1980s and 1990s writes the pound sign as "#": "#180 million"
        if w == "#" && self.adjacent(i + 1) && self.t.get(i + 1).is_some_and(|n| n.kind == Kind::Num) && (self.text(i + 1).contains('.') || self.t.get(i + 2).is_some_and(|n| scale(n.text(self.s), false).is_some())) {
            return Some(("GBP", i + 1));
        }
        let is_symbol = t.kind == Kind::Punct;
        let is_code = t.kind == Kind::Word && w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase());
        if is_symbol || is_code {
            if let Some(&c) = self.lex.currencies.get(w) {
                if self.t.get(i + 1).is_some_and(|n| n.kind == Kind::Num) && self.joined(i + 1) {
                    return Some((c, i + 1));
                }
            }
        }
        None
    }

    /// A currency word after the number: "dollars", "dinars", "euros".
    fn currency_word(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word || !self.joined(i) {
            return None;
        }
        let w = self.text(i);
        let lw = Low::new(w);
        // "pounds of uranium", "weighing 10,000 pounds" are weights
        if (lw == "pounds" || lw == "pound") && (self.lower_is(i + 1, "of") || (i.saturating_sub(4)..i).any(|k| Low::new(self.text(k)).starts_with("weigh"))) {
            return None;
        }
        // "US dollars", "Canadian dollars", "Hong Kong dollars", "Taiwan dollars"
        if w.chars().next().is_some_and(char::is_uppercase) && !self.lex.currencies.contains_key(w) {
            let two = self.lower_is(i + 2, "dollars") || self.lower_is(i + 2, "dollar");
            let one = self.lower_is(i + 1, "dollars") || self.lower_is(i + 1, "dollar");
            if one || (two && self.text(i + 1).chars().next().is_some_and(char::is_uppercase)) {
                let code = match w {
                    "US" | "U.S." | "American" => "USD",
                    "Canadian" => "CAD",
                    "Australian" => "AUD",
                    "Taiwan" | "NT" => "TWD",
                    "Hong" => "HKD",
                    "Singapore" => "SGD",
                    "Zimbabwe" | "Zimbabwean" => "ZWL",
                    "New" => "NZD",
                    _ => "",
                };
                if !code.is_empty() {
                    return Some((code, if one { i + 2 } else { i + 3 }));
                }
            }
            // "Irish punts", "Finland Marks": a country's name for its currency
            if self.joined(i + 1) {
                let next = Low::new(self.text(i + 1));
                if let Some(&c) = self.lex.currencies.get(next.as_str()).filter(|_| next.len() > 3 && next.ends_with('s')) {
                    return Some((c, i + 2));
                }
            }
        }
        if let Some(&c) = self.lex.currencies.get(lw.as_str()) {
            if w.chars().all(|c| c.is_lowercase()) || w.chars().skip(1).all(|c| c.is_lowercase()) {
                // "500 million yuan RMB"
                if c == "CNY" && self.text(i + 1) == "RMB" {
                    return Some((c, i + 2));
                }
                return Some((c, i + 1));
            }
        }
        // "1.5 trillion IQD"
        if w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(&c) = self.lex.currencies.get(w) {
                return Some((c, i + 1));
            }
        }
        None
    }

    fn percent_suffix(&self, i: usize) -> Option<usize> {
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

    fn unit_suffix(&self, i: usize, attached_ok: bool) -> Option<(&'static str, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Kind::Word && self.text(i) != "°" {
            return None;
        }
        if !self.joined(i) {
            return None;
        }
        let w = self.text(i);
        if self.text(i) == "°" {
            let unit = match self.text(i + 1) {
                "C" if self.adjacent(i + 1) => return Some(("°C", i + 2)),
                "F" if self.adjacent(i + 1) => return Some(("°F", i + 2)),
                _ => "°",
            };
            return Some((unit, i + 1));
        }
        let short = w.chars().count() <= 2;
        if short && !(attached_ok || self.t[i].space) {
            return None;
        }
        // single capital letters (C, F) only when glued: "45C"
        if w.len() == 1 && w.chars().all(char::is_uppercase) && self.t[i].space {
            return None;
        }
        let unit = if short { self.lex.units.get(w) } else { with_lower(w, |l| self.lex.units.get(l)) };
        let mut unit = *unit?;
        let mut next = i + 1;
        // "square kilometres", "cubic metres", "metric tons"
        if w.eq_ignore_ascii_case("metric") {
            return self.unit_suffix(i + 1, false).filter(|(u, _)| *u == "t");
        }
        if unit == "sq" || unit == "cu" {
            let (u2, n2) = self.unit_suffix(i + 1, false)?;
            next = n2;
            unit = match (unit, u2) {
                ("sq", "km") => "km²",
                ("sq", "m") => "m²",
                ("sq", "mi") => "mi²",
                ("sq", "ft") => "ft²",
                ("cu", "m") => "m³",
                ("cu", "ft") => "ft³",
                (_, other) => other,
            };
        }
        // "321 degrees Fahrenheit"
        if unit == "°" {
            if self.lower_is(next, "fahrenheit") {
                return Some(("°F", next + 1));
            }
            if self.lower_is(next, "celsius") || self.lower_is(next, "centigrade") {
                return Some(("°C", next + 1));
            }
        }
        // barrels per day, a day
        if self.phrase(next, "per day").is_some() && unit == "bbl" {
            return Some(("bbl/d", next + 2));
        }
        Some((unit, next))
    }

    fn ordinal_suffix(&self, i: usize) -> bool {
        self.adjacent(i) && matches!(self.text(i), "st" | "nd" | "rd" | "th")
    }

    /// Day of month at `i` (1–31, optionally "21st"); returns (day, next).
    fn day(&self, i: usize) -> Option<(u32, usize)> {
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

    fn year(&self, i: usize) -> Option<(u32, usize)> {
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
    fn month_date(&self, i: usize) -> Option<Found> {
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
        let after_prep = matches!(prev.as_str(), "in" | "since" | "until" | "by" | "last" | "next" | "early" | "late" | "mid" | "this" | "of" | "through" | "from" | "before" | "after" | "during");
        if abbr && !w.ends_with('.') && self.text(next) != "." {
            return None;
        }
        if matches!(w, "May" | "March" | "Mar" | "Jan" | "Dec" | "Aug") && !after_prep {
            return None;
        }
        Some(self.date(i, next, Some(format!("--{m:02}"))))
    }

    fn date(&self, first: usize, last: usize, iso: Option<String>) -> Found {
        let mut f = Figure::new(FigureKind::Date);
        f.iso = iso;
        Found::new(first, last, f)
    }

    /// Relative and named dates and times of day: "Tuesday", "last year", "the past year",
    /// "recent weeks", "today", "this year's", "the third quarter", "a year ago", "several
    /// months", "every day", "for years", "this morning", "daily".
    fn relative_date(&self, i: usize) -> Option<Found> {
        let w = self.text(i);
        let lw = Low::new(w);
        let time = |first: usize, last: usize| Found::new(first, last, Figure::new(FigureKind::Time));
        // "Black Monday", "Terrible Tuesday": an event's name, not a date
        let named = || i > 0 && self.joined(i) && self.t[i - 1].kind == Kind::Word && self.text(i - 1).chars().next().is_some_and(char::is_uppercase) && month(self.text(i - 1)).is_none() && !weekday(self.text(i - 1)) && self.t[i].space && !(i >= 2 && matches!(self.text(i - 2), "." | "“" | "\""));
        let lone_adjective = || (i < 2 || !self.text(i - 2).chars().next().is_some_and(char::is_uppercase))
            && i > 0 && !self.lex.is_place(self.text(i - 1)) && !self.lex.is_org(self.text(i - 1));
        if weekday(w) && named() && lone_adjective() && self.t[i - 1].nl == 0 && !self.lex.common_caps.contains(self.text(i - 1)) {
            return None;
        }
        if weekday(w) {
            // "Tuesday, Oct. 26"
            let k = if self.text(i + 1) == "," { i + 2 } else { i + 1 };
            if let Some(f) = self.month_date(k).filter(|f| f.figure.iso.as_deref().is_some_and(|d| d.len() >= 7)) {
                return Some(Found::new(i, f.last, f.figure));
            }
            return Some(self.possessive(self.date(i, i + 1, None)));
        }
        match lw.as_str() {
            "today" | "yesterday" | "tomorrow" => return Some(self.possessive(self.date(i, i + 1, None))),
            "tonight" | "noon" | "midnight" | "overnight" => return Some(time(i, i + 1)),
            // "the Daily Mirror", "Los Angeles Daily News" are names
            "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "annual" if w.starts_with(|c: char| c.is_uppercase()) && self.text(i + 1).starts_with(|c: char| c.is_uppercase()) => return None,
            "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "annual" => {
                // an adjective before its noun ("a daily news show"), not an adverb ("rises daily.")
                return self.t.get(i + 1).filter(|t| t.kind == Kind::Word && self.joined(i + 1)).map(|_| self.date(i, i + 1, None));
            }
            "annually" => return Some(self.date(i, i + 1, None)),
            "christmas" | "thanksgiving" | "easter" | "ramadan" | "hanukkah" | "halloween" | "passover" | "diwali" if w.chars().next().is_some_and(char::is_uppercase) => {
                return Some(self.date(i, i + 1, None));
            }
            // "Monday morning": the weekday is a date, the part of the day a time
            "morning" | "afternoon" | "evening" | "night" if i > 0 && (weekday(self.text(i - 1)) || self.lower_is(i - 1, "early") || self.lower_is(i - 1, "late")) => {
                return Some(time(i, i + 1));
            }
            "earlier" | "later" if self.lower_is(i + 1, "today") || self.lower_is(i + 1, "tonight") => return Some(time(i, i + 2)),
            "earlier" | "later" if self.phrase(i + 1, "in the day").is_some() => return Some(time(i, i + 4)),
            "all" | "every" | "each" => {
                let head = Low::new(self.text(i + 1));
                if self.joined(i + 1) && matches!(head.as_str(), "night" | "morning" | "afternoon" | "evening") {
                    return Some(time(i, i + 2));
                }
                if self.joined(i + 1) && matches!(head.as_str(), "day" | "week" | "month" | "year" | "weekend" | "summer" | "winter") {
                    return Some(self.date(i, i + 2, None));
                }
                return None;
            }
            // "for years", "in months": a bare plural period
            "for" | "in" | "over" => {
                let head = Low::new(self.text(i + 1));
                if self.joined(i + 1) && matches!(head.as_str(), "years" | "months" | "weeks" | "decades") && !self.lower_is(i + 2, "of") {
                    return Some(self.date(i + 1, i + 2, None));
                }
                return None;
            }
            _ => {}
        }
        // "a year ago", "an hour", "several months", "a few weeks", "many years"
        if matches!(lw.as_str(), "a" | "an" | "several" | "few" | "many") {
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
            if let Some(unit) = time_unit(self.text(j)).filter(|_| self.joined(j)) {
                let plural = self.text(j).ends_with('s');
                let single = matches!(lw.as_str(), "a" | "an") && j == i + 1;
                if plural != single {
                    let mut f = Figure::new(if matches!(unit, "hour" | "minute" | "second") { FigureKind::Time } else { FigureKind::Duration });
                    if single {
                        f.value = Some(1.0);
                        f.unit = Some(unit);
                    }
                    let mut end = j + 1;
                    if self.lower_is(end, "ago") || self.lower_is(end, "earlier") || self.lower_is(end, "later") {
                        f.kind = FigureKind::Date;
                        f.value = None;
                        f.unit = None;
                        end += 1;
                    }
                    return Some(Found::new(i, end, f));
                }
            }
            return None;
        }
        // "the first nine months (of 1990)", "the last 40 minutes", "the third week",
        // "the sixth consecutive month"
        if lw == "the" && (matches!(Low::new(self.text(i + 1)).as_str(), "first" | "last") || ordinal_word(self.text(i + 1)).is_some()) {
            let mut j = i + 2;
            if self.lower_is(j, "consecutive") || self.lower_is(j, "straight") {
                j += 1;
            }
            if let Some(n) = self.number(j).filter(|n| n.next > j) {
                j = n.next;
            } else if self.lower_is(j, "few") || self.lower_is(j, "several") {
                j += 1;
            }
            if let Some(unit) = time_unit(self.text(j)).filter(|_| self.joined(j)) {
                let mut end = j + 1;
                if self.lower_is(end, "of") {
                    if let Some(f) = self.month_date(end + 1).or_else(|| self.relative_date(end + 1)).or_else(|| self.year(end + 1).map(|(_, n)| self.date(end + 1, n, None))) {
                        end = f.last;
                    }
                }
                let kind = if matches!(unit, "hour" | "minute" | "second") { FigureKind::Time } else { FigureKind::Date };
                return Some(Found::new(i, end, Figure::new(kind)));
            }
        }
        // "the day", "that year", "the years", "these days", "the month before": periods that news
        // annotation marks as dates (23 of 29 "the day", 7 of 7 "the years" in OntoNotes news)
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
        // "on the 29th": a day of the month
        if lw == "the" && i > 0 && self.lower_is(i - 1, "on") {
            if let Some((_, n)) = self.day(i + 1).filter(|(_, n)| *n == i + 3) {
                return Some(self.date(i, n, None));
            }
        }
        // (the) first/second/third/fourth quarter/half (of 1990)
        let (first, k) = if lw == "the" && self.joined(i + 1) { (i, i + 1) } else { (i, i) };
        if ordinal_word(self.text(k)).is_some_and(|v| v <= 4.0) && matches!(Low::new(self.text(k + 1)).as_str(), "quarter" | "half") && self.joined(k + 1) {
            let mut end = k + 2;
            if self.lower_is(end, "of") {
                if let Some(f) = self.month_date(end + 1).or_else(|| self.relative_date(end + 1)).or_else(|| self.year(end + 1).map(|(_, n)| self.date(end + 1, n, None))) {
                    end = f.last;
                }
            }
            return Some(self.date(first, end, None));
        }
        // "earlier this year", "later this month"
        if (lw == "earlier" || lw == "later") && self.joined(i + 1) {
            return self.relative_date(i + 1).filter(|f| f.figure.kind == FigureKind::Date).map(|f| Found::new(i, f.last, f.figure));
        }
        // (the) last/past/next/coming/this/recent + period
        let kw = Low::new(self.text(k));
        let rel = matches!(kw.as_str(), "last" | "past" | "next" | "coming" | "this" | "that" | "recent" | "previous" | "following" | "current" | "earlier" | "later" | "latest" | "same");
        if rel && self.joined(k + 1) {
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
                    return None;
                }
                if kw == "earlier" || kw == "later" {
                    // "earlier this year"
                    return self.relative_date(k + 1).map(|f| Found::new(first, f.last, f.figure));
                }
                // "last Dec. 7", "this April 13": the month's own date, with its day
                if month(self.text(j)).is_some() {
                    if let Some(f) = self.month_date(j) {
                        return Some(Found::new(if first < k { k } else { first }, f.last, f.figure));
                    }
                }
                // "the" belongs to the date only before past/last/next/coming/previous/following
                let first = if first < k && matches!(kw.as_str(), "current" | "this") { k } else { first };
                return Some(self.possessive(self.date(first, j + 1, None)));
            }
            if (kw == "last" || kw == "this") && matches!(head.as_str(), "night" | "morning" | "afternoon" | "evening") && self.joined(j) {
                return Some(time(first, j + 1));
            }
        }
        if lw == "the" && self.joined(i + 1) {
            let head = Low::new(self.text(i + 1));
            // "the end of the year", "the beginning of the month"
            if matches!(head.as_str(), "end" | "beginning" | "start" | "middle" | "rest" | "remainder" | "same") && self.lower_is(i + 2, "of") && self.lower_is(i + 3, "the") {
                if matches!(Low::new(self.text(i + 4)).as_str(), "year" | "month" | "week" | "decade" | "century" | "day" | "quarter") {
                    return Some(self.date(i, i + 5, None));
                }
            }
            if matches!(head.as_str(), "morning" | "afternoon" | "evening" | "night") {
                return Some(time(i, i + 2));
            }
            if head == "weekend" {
                return Some(self.date(i, i + 2, None));
            }
            // "the year 2005", "for the quarter", "the fiscal year", "the year ended June 30"
            let (h, j) = if head == "fiscal" { (Low::new(self.text(i + 2)), i + 2) } else { (head, i + 1) };
            if matches!(h.as_str(), "year" | "quarter" | "week" | "month" | "decade") && self.joined(j) {
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
                return Some(self.date(i, end, None));
            }
        }
        None
    }

    /// Includes a possessive "’s" after a date: "this year’s", "last month's".
    fn possessive(&self, mut f: Found) -> Found {
        if f.last > f.first + 1 && matches!(self.text(f.last), "’" | "'") && self.adjacent(f.last) && self.text(f.last + 1) == "s" && self.adjacent(f.last + 1) {
            f.last += 2;
        }
        f
    }

    /// Decades: "1990s", "the 1990s" (with "the" handled by the caller), "'80s".
    fn decade(&self, i: usize) -> Option<Found> {
        let y = self.text(i);
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

    /// Clock times: "10:30", "3 p.m." is handled with numbers; "5:30 a.m. EDT".
    fn clock_time(&self, i: usize) -> Option<Found> {
        let t = self.text(i);
        let (h, m) = t.split_once(':')?;
        if h.len() > 2 || m.len() != 2 || h.parse::<u32>().ok()? > 24 || m.parse::<u32>().ok()? > 59 {
            return None;
        }
        let mut end = i + 1;
        if ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].iter().any(|x| self.lower_is(end, x)) && self.joined(end) {
            end += 1;
        }
        if matches!(self.text(end), "EDT" | "EST" | "GMT" | "UTC" | "PST" | "PDT" | "CST" | "CDT" | "BST" | "CET" | "MST") {
            end += 1;
        }
        Some(Found::new(i, end, Figure::new(FigureKind::Time)))
    }

    /// One hyphenated word holding a figure: "multibillion-dollar", "five-year", "one-hour",
    /// "year-long", "mid-1988", "five-point" (the number part only).
    fn compound_word(&self, i: usize) -> Option<Found> {
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
        let unit_part = lt.trim_end_matches("-old").trim_end_matches("-long");
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
            if let Some(&u) = self.lex.units.get(lt.as_str()).filter(|_| lt.len() > 2) {
                let mut f = Figure::new(FigureKind::Quantity);
                f.value = Some(v);
                f.unit = Some(u);
                return Some(Found::new(i, i + 1, f));
            }
            if let Some(&c) = self.lex.currencies.get(lt.as_str()) {
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

    /// Grows a date to what news annotation includes around it: "early"/"late"/"mid", "fiscal",
    /// "the" before a decade, "the end of …", "May of this year", and ranges ("Oct. 14 to Dec. 31",
    /// "1989-90", "between 1994 and 2004"). `floor` is the end of the previous figure.
    fn extend_date(&self, f: &mut Found, floor: usize) {
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
            if self.lower_is(f.last, "of") && month(self.text(f.last - 1)).is_some() {
                if let Some(g) = self.relative_date(f.last + 1).filter(|g| g.figure.kind == FigureKind::Date) {
                    f.last = g.last;
                }
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
            if matches!(what.as_str(), "end" | "beginning" | "start" | "middle" | "rest" | "half" | "remainder" | "spring" | "summer" | "fall" | "autumn" | "winter") {
                k -= 3;
            }
        }
        f.first = k;
    }

    /// The figure at `i`, if any.
    fn figure_at(&self, i: usize) -> Option<Found> {
        let t = self.t.get(i)?;
        if t.kind == Kind::Word {
            if let Some(f) = self.month_date(i).or_else(|| self.relative_date(i)).or_else(|| self.compound_word(i)) {
                return Some(f);
            }
        } else if t.kind == Kind::Num {
            if let Some(f) = self.month_date(i).or_else(|| self.decade(i)).or_else(|| self.clock_time(i)) {
                return Some(f);
            }
        }
        let (mut p, approx, bound) = match self.modifier(i) {
            Some((j, a, b)) if j < self.t.len() && self.joined(j) => (j, a, b),
            _ => (i, false, None),
        };
        let modified = p > i;
        let mut currency = None;
        if let Some((c, n)) = self.currency_prefix(p) {
            currency = Some(c);
            p = n;
        }
        if let Some(f) = self.fraction(p) {
            if modified || currency.is_none() {
                let mut f = f;
                f.first = i;
                f.figure.approx |= approx;
                f.figure.bound = f.figure.bound.or(bound);
                return Some(f);
            }
        }
        let n = match self.number(p) {
            Some(n) => n,
            None => {
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
                return None;
            }
        };
        let mut last = n.next;
        let mut value = Some(n.value);
        let (mut low, mut high) = (None, None);
        // ranges: 5-10, 5 to 10, between 5 and 10
        // "rose 3/8 to 14 1/4", "from 5% to 10%": a change from one figure to another, not a range
        let moved = || i > 0 && MOVES.iter().any(|m| self.lower_is(i - 1, m));
        let range_sep = |j: usize| -> Option<usize> {
            let w = self.text(j);
            if (w == "-" || w == "–" || w == "—") && self.joined(j) {
                Some(j + 1)
            } else if (w == "to" || (w == "and" && i > 0 && self.lower_is(i.saturating_sub(1), "between"))) && self.joined(j) {
                Some(j + 1)
            } else {
                None
            }
        };
        if let Some(j) = range_sep(last) {
            let j = if let Some((_, n2)) = self.currency_prefix(j) { n2 } else { j };
            // after a movement verb, "X to Y" is a range only when a shared unit follows ("rose 5 to 10 percent")
            let shared_unit = |k: usize| self.percent_suffix(k).is_some() || self.currency_word(k).is_some() || self.unit_suffix(k, true).is_some();
            if let Some(n2) = self.number(j).filter(|n2| self.text(last) != "to" || shared_unit(n2.next) || !moved()) {
                let hyphen = self.text(last) != "to" && self.text(last) != "and";
                // a phone number or code: 555-1234
                let digits1 = self.text(p).len();
                let digits2 = self.text(j).len();
                if hyphen && !n.word && digits1 == 3 && digits2 == 4 {
                    return None;
                }
                if n2.word == n.word && n2.value > n.value || (!n2.word && !n.word && n2.value >= n.value) {
                    // scale shared: "1.5-2 billion"
                    let scale_hi = n2.value / self.number_raw(j).unwrap_or(n2.value).max(f64::MIN_POSITIVE);
                    let lo = if n.next == p + 1 && scale_hi > 1.0 { n.value * scale_hi } else { n.value };
                    low = Some(lo);
                    high = Some(n2.value);
                    value = None;
                    last = n2.next;
                }
            }
        }
        let mut fig;
        let mut start_byte = None;
        if let Some(c) = currency {
            fig = Figure::new(FigureKind::Money);
            fig.unit = Some(c);
            // News annotation (OntoNotes) leaves a bare symbol out of a plain amount: $[17.95],
            // but keeps it with a scale word or a modifier: [$2.08 billion], [about $70].
            if !modified && n.next == p + 1 && low.is_none() && self.t[p - 1].kind == Kind::Punct {
                start_byte = Some(self.t[p].start);
            }
        } else if self.lower_is(last, "percentage") && self.percent_suffix(last).is_some() {
            // A change "in percentage points" is a count of points, not a share: news annotation
            // marks the number and leaves "percentage points" out ("[about 0.7] percentage point")
            fig = Figure::new(FigureKind::Count);
            fig.unit = Some("percentage point");
        } else if let Some(j) = self.percent_suffix(last) {
            fig = Figure::new(FigureKind::Percent);
            fig.unit = Some("%");
            last = j;
            // two percentages joined into one figure: "10% to 20%", "7% or 8%", "between 9% and
            // 14%"; not "0.7 percentage point to 7.16%", and not a falling pair, which is a tally
            // or a quote rather than a range: "rejected it 59% to 41%", "8 3/4% to 8 5/8%"
            if low.is_none() {
                let sep = range_sep(last).or_else(|| (self.lower_is(last, "or") && self.joined(last)).then_some(last + 1));
                if let Some(k) = sep {
                    if let Some(n2) = self.number(k).filter(|n2| !n2.word && n2.value > n.value) {
                        if let Some(j2) = self.percent_suffix(n2.next) {
                            low = Some(n.value);
                            high = Some(n2.value);
                            value = None;
                            last = j2;
                        }
                    }
                }
            }
        } else if let Some((c, j)) = self.currency_word(last) {
            fig = Figure::new(FigureKind::Money);
            fig.unit = Some(c);
            last = j;
        } else if let Some(d) = self.duration_tail(p, last, n) {
            let mut d = d;
            d.first = i;
            d.figure.approx |= approx;
            d.figure.bound = d.figure.bound.or(bound);
            return Some(d);
        } else if let Some((u, j)) = self.unit_suffix(last, !n.word).or_else(|| {
            // "100-megabyte", "43-meter"
            (self.text(last) == "-" && self.adjacent(last) && self.adjacent(last + 1)).then(|| self.unit_suffix(last + 1, false)).flatten()
        }) {
            fig = Figure::new(FigureKind::Quantity);
            fig.unit = Some(u);
            last = j;
        } else if let Some((u, end)) = (!n.word && self.text(last) == "-" && self.adjacent(last) && self.adjacent(last + 1))
            .then(|| {
                // "34-foot-tall", "15-centimeter-high": the measure is the number and its unit
                let w = self.text(last + 1);
                let (head, _) = w.split_once('-')?;
                let u = with_lower(head, |l| self.lex.units.get(l).copied())?;
                (head.len() > 2).then_some((u, self.t[last + 1].start + head.len()))
            })
            .flatten()
        {
            let mut f = Found::new(i, last + 2, Figure::new(FigureKind::Quantity));
            f.figure.unit = Some(u);
            f.figure.value = value;
            f.figure.approx = approx;
            f.figure.bound = bound;
            f.end_byte = Some(end);
            return Some(f);
        } else if !n.word && self.ordinal_suffix(last) {
            fig = Figure::new(FigureKind::Ordinal);
            last += 1;
        } else if !n.word && (self.lower_is(last, "a.m.") || self.lower_is(last, "p.m.") || self.lower_is(last, "am") || self.lower_is(last, "pm")) && self.joined(last) {
            fig = Figure::new(FigureKind::Time);
            value = None;
            last += 1;
        } else if !n.word && self.text(p).contains(':') {
            fig = Figure::new(FigureKind::Time);
            value = None;
        } else if n.year_like && low.is_some() && high.is_some_and(|h| (1900.0..=2035.0).contains(&h)) && (1900.0..=2035.0).contains(&n.value) && !self.counted_noun_follows(last) {
            // "between 1994 and 2004", "1996 to 2000"
            fig = Figure::new(FigureKind::Date);
            fig.iso = high.map(|h| format!("{}/{}", n.value, h));
            value = None;
        } else if n.year_like && !modified && low.is_none() && ((1900.0..=2035.0).contains(&n.value) || !self.counted_noun_follows(last)) {
            fig = Figure::new(FigureKind::Date);
            fig.iso = Some(self.text(p).to_string());
            value = None;
            // "fiscal 2024"
        } else if self.is_age(i, p, n) {
            // "John D. Carney, 45, was named": an age
            fig = Figure::new(FigureKind::Duration);
            fig.unit = Some("year");
        } else {
            if !self.is_count(i, p, n) {
                return None;
            }
            fig = Figure::new(FigureKind::Count);
        }
        if fig.kind != FigureKind::Date && fig.kind != FigureKind::Time {
            fig.value = value;
            fig.low = low;
            fig.high = high;
        }
        fig.approx = approx;
        fig.bound = bound;
        // "only" stays outside measured quantities ("only 23,403 tons") in news annotation
        let mut first = if fig.kind == FigureKind::Quantity && self.lower_is(i, "only") { i + 1 } else { i };
        // "between 9% and 14%": the range keeps its "between"
        if low.is_some() && i > 0 && self.lower_is(i - 1, "between") && self.joined(i) {
            first = i - 1;
        }
        // "minus 321 degrees Fahrenheit"
        if fig.kind == FigureKind::Quantity && first == i && i > 0 && self.lower_is(i - 1, "minus") && self.joined(i) {
            first = i - 1;
            fig.value = fig.value.map(|v| -v);
        }
        let mut f = Found::new(first, last, fig);
        f.start_byte = start_byte;
        if last == n.next {
            f.end_byte = n.end_byte;
        }
        Some(f)
    }

    fn number_raw(&self, i: usize) -> Option<f64> {
        match self.t.get(i)?.kind {
            Kind::Num => numeral(self.text(i)),
            _ => small_number(self.text(i)),
        }
    }

    /// "a third", "half", "two-thirds", "one quarter".
    fn fraction(&self, i: usize) -> Option<Found> {
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

    /// Plural nouns after a four-digit number make it a count ("2000 troops"), not a year.
    fn counted_noun_follows(&self, j: usize) -> bool {
        let w = self.text(j);
        self.joined(j)
            && w.len() > 3
            && w.ends_with('s')
            && w.chars().all(|c| c.is_lowercase())
            && !matches!(w, "was" | "has" | "is" | "as" | "this" | "its" | "press" | "across" | "unless" | "less" | "since" | "towards")
    }

    /// Durations and relative dates built on a number: "six months", "two years ago",
    /// "Two years and 15 days", "10-year", "45 years old".
    fn duration_tail(&self, p: usize, last: usize, n: Num) -> Option<Found> {
        let mut j = last;
        // "10-year plan"
        let hyphen = self.text(j) == "-" && self.adjacent(j);
        if hyphen {
            j += 1;
        }
        let unit_word = self.text(j);
        let unit_word = if hyphen { unit_word.trim_end_matches("-old").trim_end_matches("-long") } else { unit_word };
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
        if hyphen {
            // "a 10-year plan", "14-hour days"
            return Some(Found::new(p, end, f));
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

    /// ", 45," right after a capitalised name: an age.
    fn is_age(&self, i: usize, p: usize, n: Num) -> bool {
        if !(i == p && !n.word && n.next == p + 1 && (1.0..=120.0).contains(&n.value) && n.value.fract() == 0.0 && p >= 2 && self.text(p - 1) == ",") {
            return false;
        }
        // the name may end with "Jr." or "Sr."
        let k = if self.text(p - 2) == "." && p >= 3 { p - 3 } else { p - 2 };
        self.t[k].kind == Kind::Word && self.text(k).chars().next().is_some_and(char::is_uppercase) && matches!(self.text(p + 1), "," | ".")
    }

    /// Whether a plain number is a count the reader cares about (not part of a name or code).
    fn is_count(&self, i: usize, p: usize, n: Num) -> bool {
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
        // glued to a word after it: "5G", "3D"
        if self.t.get(n.next).is_some_and(|t| !t.space && t.kind == Kind::Word) && !n.word {
            return false;
        }
        if self.t.get(n.next).is_some_and(|t| !t.space && matches!(t.text(self.s), "/" | ":")) {
            return false;
        }
        if p == i && !n.word {
            // a capitalised word before it names the thing: Boeing 737, Resolution 2334
            if let Some(pt) = prev_tok {
                let pw = prev;
                if pt.kind == Kind::Word && pt.nl == 0 && pw.chars().next().is_some_and(char::is_uppercase) && !self.lex.common_caps.contains(pw) && month(pw).is_none() {
                    return false;
                }
                if matches!(pw, "No" | "No." | "no." | "number" | "Number" | "page" | "pages" | "#") {
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
                if p == i && (matches!(next.as_str(), "that" | "who" | "which" | "another" | "," | "." | "of" | "day" | "thing" | "way" | "side" | "time" | "another's" | "'s" | "’s" | "in" | "on" | "at" | "to" | "is" | "was" | "would" | "will" | "can")
                    || matches!(prevl.as_str(), "the" | "this" | "that" | "no" | "any" | "every" | "each" | "which" | "some" | "someone" | "any-" | "anyone" | "everyone" | "only"))
                {
                    return false;
                }
            }
        }
        true
    }
}

/// A number, a currency symbol or a strong figure word within the next four tokens.
fn strong_ahead(toks: &[Token], classes: &[u32], i: usize) -> bool {
    (i + 1..toks.len().min(i + 5)).any(|k| {
        toks[k].kind == Kind::Num || classes[k] & (W_STRONG | W_CURRENCY) != 0
    })
}

/// "about a mile": "a" and a unit right after a modifier.
fn unit_ahead(toks: &[Token], s: &str, lex: &Lexicons, i: usize) -> bool {
    toks.get(i + 2).is_some_and(|u| u.kind == Kind::Word && matches!(toks[i + 1].text(s), "a" | "an") && with_lower(u.text(s), |l| lex.units.contains_key(l)))
}

/// Finds every figure in `toks`. Figures never overlap and never cross a line break.
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn find(s: &str, toks: &[Token], classes: &[u32], lex: &Lexicons) -> Vec<Found> {
    let cx = Cx { s, t: toks, lex, classes };
    let mut out = Vec::with_capacity(toks.len() / 32 + 4); // news: a figure per 40 tokens or so
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let promising = match t.kind {
            Kind::Num => true,
            Kind::Punct => classes[i] & W_CURRENCY != 0 || s.as_bytes()[t.start] == b'#',
            // "the" is a weak trigger too: words with neither bit are never promising
            Kind::Word if classes[i] & (W_TRIGGER | W_STRONG) == 0 => false,
            Kind::Word => {
                let w = t.text(s);
                if w.eq_ignore_ascii_case("the") {
                    // "the 1990s", "the past year": only before a number or a relative word
                    toks.get(i + 1).is_some_and(|n| {
                        n.kind == Kind::Num || matches!(n.text(s), "past" | "last" | "next" | "coming" | "previous" | "following" | "latest" | "same" | "first" | "second" | "third" | "fourth" | "morning" | "afternoon" | "evening" | "night" | "weekend" | "end" | "beginning" | "start" | "middle" | "rest" | "remainder"
                            | "year" | "years" | "day" | "quarter" | "week" | "month" | "decade" | "fiscal" | "recent" | "early" | "late")
                    })
                } else {
                    let c = classes[i];
                    c & W_STRONG != 0 || (c & W_TRIGGER != 0 && (strong_ahead(toks, classes, i) || unit_ahead(toks, s, lex, i)))
                }
            }
        };
        if promising {
            let floor = out.last().map_or(0, |f: &Found| f.last);
            if let Some(mut f) = cx.figure_at(i) {
                // "$4 billion a year", "40,000 cars a day": a rate, not a period of its own
                let after_counted = i > 0 && floor + 3 >= i && floor > 0 && toks[i - 1].text(s).ends_with('s') && toks[i - 1].kind == Kind::Word;
                let rate = (i == floor || after_counted) && i > 0 && matches!(t.text(s), "a" | "an" | "A" | "An") && f.figure.value == Some(1.0);
                if f.last > i && !rate {
                    // never cross a line break
                    if let Some(k) = (f.first + 1..f.last).find(|&k| toks[k].nl > 0) {
                        f.last = k;
                    }
                    if matches!(f.figure.kind, FigureKind::Date | FigureKind::Duration) {
                        cx.extend_date(&mut f, floor);
                    }
                    // "between $4 billion and $6 billion", "between 25 cents and 30 cents"
                    if f.first > floor && cx.lower_is(f.first - 1, "between") && cx.lower_is(f.last, "and") && f.end_byte.is_none() {
                        if let Some(g) = cx.figure_at(f.last + 1).filter(|g| g.figure.kind == f.figure.kind && g.first == f.last + 1 && g.end_byte.is_none()) {
                            f.figure.low = f.figure.value;
                            f.figure.high = g.figure.value;
                            f.figure.value = None;
                            f.first -= 1;
                            f.start_byte = None;
                            f.last = g.last;
                        }
                    }
                    let last = f.last;
                    out.push(f);
                    i = last;
                    continue;
                }
            }
        }
        i += 1;
    }
    // ordinal words ("third", "21st" handled above)
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
            let adverb = matches!(lp.as_str(), "at" | "should" | "would" | "will" | "to" | "must" | "can" | "could" | "may" | "might" | "did" | "had" | "has" | "have" | "was" | "were" | "is" | "are" | "and")
                || next.ends_with("ing") || next.ends_with("ed") || !next.chars().next().is_some_and(char::is_alphabetic);
            let ranked = matches!(lp.as_str(), "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "this" | "that" | "whose" | "s" | "every" | "each")
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
        out.sort_unstable_by_key(|f| f.first); // firsts are distinct: figures never overlap
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::words::WEAK_TRIGGERS;

    #[test]
    fn modifiers_open_with_a_trigger() {
        // figure_at only tries the modifiers at a weak trigger word
        for (m, _, _) in MODIFIERS {
            let first = m.split(' ').next().unwrap_or("");
            assert!(WEAK_TRIGGERS.contains(&first), "{m:?} would never be tried: add {first:?} to WEAK_TRIGGERS");
        }
    }
}
