//! Figures: money, percentages, counts, quantities, dates, times, durations and ordinals, with
//! normalised values. Spans follow news annotation conventions: modifiers such as "about" and
//! "more than" are inside the span, the counted noun is not ("40 million" of "40 million Iraqis").
//!
//! [`find`] scans the tokens and tries a figure at each promising one (a number, a currency
//! symbol, a figure word); one module a rule family:
//!
//! | module | decides |
//! |---|---|
//! | [`amounts`] | numbers and their scale, fractions, modifiers ("more than", "about") |
//! | [`ranges`] | "5 to 10", "between 5 and 10", and what is a change or a phone number instead |
//! | [`money`] | currencies before and after the amount |
//! | [`percent`] | percentages, percentage points, ranges of percentages |
//! | [`quantity`] | units of measure |
//! | [`dates`] | calendar dates, years, decades, how far a date extends |
//! | [`relative`] | relative and named dates and times of day ("last year", "Tuesday") |
//! | [`times`] | clock times and hours |
//! | [`durations`] | durations, "… ago", ages |
//! | [`compound`] | one hyphenated word holding a figure ("five-year", "mid-1988") |
//! | [`counts`] | plain counts, vague amounts ("dozens"), ordinals |
//! | [`counted`] | what a count counts ("11 people"), for the summary |
//!
//! Text in another language gets [`across_languages`] instead: numerals in its number format,
//! percent signs, currency symbols, numeric dates, clock times and years ([`plain`]).

mod amounts;
mod compound;
mod counted;
mod counts;
mod dates;
mod durations;
mod money;
mod percent;
mod plain;
mod quantity;
mod ranges;
mod relative;
mod times;

pub use counted::counted;
/// Figures that hold across languages, for text without Newsmark's rules ([`plain`]).
pub use plain::find as across_languages;

use crate::types::{Bound, Figure, FigureKind};
use crate::lexicon::{with_lower, Lexicons, W_CURRENCY, W_STRONG, W_TRIGGER};
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

/// An amount as [`Cx::figure_at`] reads it, for the rules that decide what it measures.
struct Amount {
    /// The figure's first token (its modifier, if any) and the number's.
    i: usize,
    p: usize,
    n: Num,
    /// A modifier came before the number ("about", "more than").
    modified: bool,
    approx: bool,
    bound: Option<Bound>,
    /// A currency before the number.
    currency: Option<&'static str>,
    /// The token after the amount so far (a rule that takes a unit moves it on), and the values.
    last: usize,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
}

/// What a rule of [`Cx::measure`] decided.
enum Measured {
    /// The figure's kind and unit; the values and span edges are the amount's (and a start byte
    /// that cuts into the first token, for "$[17.95]").
    Kind(Figure, Option<usize>),
    /// A whole figure, made by the rule itself.
    Done(Found),
}

impl<'a> Cx<'a> {
    #[inline(never)] // called from hundreds of places (inlined in the three stages' contexts, the WASM grew 1.7 KB in session 25)
    pub(super) fn text(&self, i: usize) -> &'a str {
        // SAFETY: the context's tokens are those `tokenize` made of its `s` (analysis::analyze_with
        // makes both)
        self.t.get(i).map_or("", |t| unsafe { t.text_unchecked(self.s) })
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

    /// The figure at `i`, if any: a date or time that a word or numeral opens, else an amount
    /// (a modifier, a currency, a number or range) and what it measures.
    fn figure_at(&self, i: usize) -> Option<Found> {
        let t = self.t.get(i)?;
        if let Some(f) = self.named_figure(i, t.kind) {
            return Some(f);
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
        if let Some(mut f) = self.fraction(p).filter(|_| modified || currency.is_none()) {
            f.first = i;
            f.figure.approx |= approx;
            f.figure.bound = f.figure.bound.or(bound);
            return Some(f);
        }
        let Some(n) = self.number(p) else {
            return self.vague_amount(i, p, approx, bound, currency);
        };
        let mut a = Amount { i, p, n, modified, approx, bound, currency, last: n.next, value: Some(n.value), low: None, high: None };
        if !self.range(&mut a) {
            return None;
        }
        match self.measure(&mut a)? {
            Measured::Done(f) => Some(f),
            Measured::Kind(fig, start_byte) => Some(self.amount_figure(&a, fig, start_byte)),
        }
    }

    /// Dates and times that a word or a numeral opens: "October 26", "last year", "five-year",
    /// "the 1990s", "10:30".
    fn named_figure(&self, i: usize, kind: Kind) -> Option<Found> {
        match kind {
            Kind::Word => self.month_date(i).or_else(|| self.relative_date(i)).or_else(|| self.compound_word(i)),
            Kind::Num => self.month_date(i).or_else(|| self.decade(i)).or_else(|| self.clock_time(i)),
            Kind::Punct => None,
        }
    }

    /// What an amount measures: the first rule that applies, in this order (a rule that does not
    /// apply leaves the amount as it was).
    fn measure(&self, a: &mut Amount) -> Option<Measured> {
        self.money_by_symbol(a)
            .or_else(|| self.percentage_points(a))
            .or_else(|| self.percent(a))
            .or_else(|| self.money_by_word(a))
            .or_else(|| self.duration(a))
            .or_else(|| self.quantity(a))
            .or_else(|| self.hyphenated_measure(a))
            .or_else(|| self.ordinal_numeral(a))
            .or_else(|| self.hour(a))
            .or_else(|| self.colon_time(a))
            .or_else(|| self.year_range(a))
            .or_else(|| self.year_numeral(a))
            .or_else(|| self.age(a))
            .or_else(|| self.count(a))
    }

    /// The figure of an amount whose kind `measure` decided: its values, and the span's edges
    /// as news annotation draws them.
    fn amount_figure(&self, a: &Amount, mut fig: Figure, start_byte: Option<usize>) -> Found {
        if fig.kind != FigureKind::Date && fig.kind != FigureKind::Time {
            fig.value = a.value;
            fig.low = a.low;
            fig.high = a.high;
        }
        fig.approx = a.approx;
        fig.bound = a.bound;
        let i = a.i;
        // "only" stays outside measured quantities ("only 23,403 tons") in news annotation
        let mut first = if fig.kind == FigureKind::Quantity && self.lower_is(i, "only") { i + 1 } else { i };
        // "between 9% and 14%": the range keeps its "between"
        if a.low.is_some() && i > 0 && self.lower_is(i - 1, "between") && self.joined(i) {
            first = i - 1;
        }
        // "minus 321 degrees Fahrenheit"
        if fig.kind == FigureKind::Quantity && first == i && i > 0 && self.lower_is(i - 1, "minus") && self.joined(i) {
            first = i - 1;
            fig.value = fig.value.map(|v| -v);
        }
        let mut f = Found::new(first, a.last, fig);
        f.start_byte = start_byte;
        if a.last == a.n.next {
            f.end_byte = a.n.end_byte;
        }
        f
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
    toks.get(i + 2).is_some_and(|u| u.kind == Kind::Word && matches!(toks[i + 1].text(s), "a" | "an") && with_lower(u.text(s), |l| lex.unit(l).is_some()))
}

/// Whether token `i` may open a figure: a number, a currency symbol, a strong figure word, or a
/// weak one ("about", "last") with a number or strong word close after it. Most tokens are
/// turned away by their class bits alone.
fn promising(s: &str, toks: &[Token], classes: &[u32], lex: &Lexicons, i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        Kind::Num => true,
        Kind::Punct => classes[i] & W_CURRENCY != 0 || s.as_bytes()[t.start] == b'#',
        // "the" is a weak trigger too: words with neither bit are never promising
        Kind::Word if classes[i] & (W_TRIGGER | W_STRONG) == 0 => false,
        Kind::Word => {
            let w = t.text(s);
            if w.eq_ignore_ascii_case("the") {
                // "the 1990s", "the past year": only before a number or a relative word (a match,
                // not a word list: it runs at every "the", and a match is faster on the words it
                // holds)
                toks.get(i + 1).is_some_and(|n| {
                    n.kind == Kind::Num || matches!(n.text(s), "afternoon" | "beginning" | "coming" | "day" | "decade" | "early" | "end" | "evening" | "first" | "fiscal" | "following" | "fourth" | "last" | "late" | "latest" | "middle" | "month" | "morning" | "next" | "night" | "past" | "previous" | "quarter" | "recent" | "remainder" | "rest" | "same" | "second" | "start" | "third" | "week" | "weekend" | "year" | "years")
                })
            } else {
                let c = classes[i];
                c & W_STRONG != 0 || (c & W_TRIGGER != 0 && (strong_ahead(toks, classes, i) || unit_ahead(toks, s, lex, i)))
            }
        }
    }
}

/// Finds every figure in `toks`. Figures never overlap and never cross a line break.
#[inline(never)] // a pipeline stage: kept whole, so profiles show it
pub fn find(s: &str, toks: &[Token], classes: &[u32], lex: &Lexicons) -> Vec<Found> {
    let cx = Cx { s, t: toks, lex, classes };
    let mut out = Vec::with_capacity(toks.len() / 32 + 4); // news: a figure per 40 tokens or so
    let mut i = 0;
    while i < toks.len() {
        if promising(s, toks, classes, lex, i) {
            let floor = out.last().map_or(0, |f: &Found| f.last);
            if let Some(f) = cx.figure_at(i).and_then(|f| cx.placed(f, i, floor)) {
                i = f.last;
                out.push(f);
                continue;
            }
        }
        i += 1;
    }
    counts::ordinal_words(s, toks, classes, &mut out);
    for f in &mut out {
        f.figure.minor = minor(s, toks, f);
    }
    out
}

/// A figure of words that give neither a quantity nor a point in the calendar only ("today",
/// "night", "every year", "the first"): see [`Figure::minor`].
fn minor(s: &str, toks: &[Token], f: &Found) -> bool {
    toks[f.first..f.last].iter().all(|t| t.kind == Kind::Word && with_lower(t.text(s), |l| crate::lexicon::words::MINOR_FIGURE_WORDS.contains(&l)))
}

impl Cx<'_> {
    /// A figure found at `i` in its place: not a rate ("$4 billion a year"), cut at a line
    /// break, a date grown to what surrounds it, two amounts after "between" joined.
    /// `floor` is the end of the previous figure.
    fn placed(&self, mut f: Found, i: usize, floor: usize) -> Option<Found> {
        let (s, toks) = (self.s, self.t);
        // "$4 billion a year", "40,000 cars a day": a rate, not a period of its own
        let after_counted = i > 0 && floor + 3 >= i && floor > 0 && toks[i - 1].text(s).ends_with('s') && toks[i - 1].kind == Kind::Word;
        let rate = (i == floor || after_counted) && i > 0 && matches!(toks[i].text(s), "a" | "an" | "A" | "An") && f.figure.value == Some(1.0);
        if f.last <= i || rate {
            return None;
        }
        // never cross a line break
        if let Some(k) = (f.first + 1..f.last).find(|&k| toks[k].nl > 0) {
            f.last = k;
        }
        if matches!(f.figure.kind, FigureKind::Date | FigureKind::Duration | FigureKind::Time) {
            self.extend_date(&mut f, floor);
        }
        // "between $4 billion and $6 billion", "between 25 cents and 30 cents"
        if f.first > floor && self.lower_is(f.first - 1, "between") && self.lower_is(f.last, "and") && f.end_byte.is_none() {
            if let Some(g) = self.figure_at(f.last + 1).filter(|g| g.figure.kind == f.figure.kind && g.first == f.last + 1 && g.end_byte.is_none()) {
                f.figure.low = f.figure.value;
                f.figure.high = g.figure.value;
                f.figure.value = None;
                f.first -= 1;
                f.start_byte = None;
                f.last = g.last;
            }
        }
        Some(f)
    }
}

/// Table-driven tests of the rule families: each module's table runs through [`find`] alone.
#[cfg(test)]
mod testing {
    use super::{find, Found};
    use crate::lexicon::Lexicons;
    use crate::token::tokenize;
    use crate::types::{Figure, FigureKind};

    /// Every figure of `text` with its span as written.
    pub fn figures(text: &str) -> Vec<(String, Figure)> {
        let lex = Lexicons::get();
        let toks = tokenize(text);
        let classes = lex.token_classes(text, &toks);
        let span = |f: &Found| &text[f.start_byte.unwrap_or(toks[f.first].start)..f.end_byte.unwrap_or(toks[f.last - 1].end)];
        find(text, &toks, &classes, lex).iter().map(|f| (span(f).to_string(), f.figure.clone())).collect()
    }

    /// Checks a table of (text, span, kind, value, unit): `span` of `text` is a figure of that
    /// kind, with that value and unit (`None`: no value, or no unit). Returns the figures found,
    /// in table order, for further checks.
    pub fn check(table: &[(&str, &str, FigureKind, Option<f64>, Option<&str>)]) -> Vec<Figure> {
        table
            .iter()
            .map(|&(text, span, kind, value, unit)| {
                let got = figures(text);
                let f = got.iter().find(|(s, _)| s == span).unwrap_or_else(|| panic!("{text:?}: no figure {span:?}; got {got:?}"));
                assert_eq!((f.1.kind, f.1.value, f.1.unit), (kind, value, unit), "{span:?} in {text:?}");
                f.1.clone()
            })
            .collect()
    }

    /// Checks a table of (text, words): no figure of `text` contains `words`.
    pub fn check_none(table: &[(&str, &str)]) {
        for &(text, not) in table {
            let got = figures(text);
            assert!(got.iter().all(|(s, _)| !s.contains(not)), "{text:?}: {not:?} is no figure; got {got:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::figures;

    /// Minor figures: news annotation counts them, a reader does not (see `Figure::minor`).
    #[test]
    fn minor_figures() {
        for (text, span, minor) in [
            ("The clinic opened on Tuesday night.", "Tuesday", false),
            ("The clinic opened on Tuesday night.", "night", true),
            ("Today, the company said sales fell.", "Today", true),
            ("The board reviews the monthly figures.", "monthly", true),
            ("Every year, the board meets.", "Every year", true),
            ("The first patients arrived.", "first", true),
            ("Sales rose 4% last year.", "last year", false),
            ("The 93-year-old senator died.", "93-year-old", false),
            ("It opened on March 3.", "March 3", false),
            ("Five people were hurt.", "Five", false),
        ] {
            let got = figures(text);
            let f = got.iter().find(|(s, _)| s == span).unwrap_or_else(|| panic!("{text:?}: no figure {span:?}; got {got:?}"));
            assert_eq!(f.1.minor, minor, "{span:?} in {text:?}");
        }
    }
}
