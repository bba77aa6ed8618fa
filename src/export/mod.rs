//! What a reader takes away: the Analysis of an article as Markdown for a report, CSV for a
//! spreadsheet, or W3C Web Annotations (JSON) that find each item again on its page; one quote
//! as a citation with a link that scrolls to it. The CLI and the extension both call these, so
//! that the same text and metadata give the same bytes. Built on the Analysis and the page's
//! [`Meta`]; offsets in and out are UTF-16 code units, as in the Analysis.
//!
//! ```
//! use newsmark::{analyze, export, html::Meta};
//! let text = "“We will rebuild,” Prime Minister Jane Doe said on Tuesday.";
//! let meta = Meta { url: Some("https://news.example/a".into()), ..Meta::default() };
//! let md = export::render(export::Format::Markdown, text, &analyze(text), &meta);
//! assert!(md.contains("### Jane Doe — Prime Minister"));
//! ```
//!
//! The annotation format is documented, with its version, in `docs/EXPORT.md`.

mod anchor;
mod csv;
mod json;
mod markdown;
mod web_annotation;

pub use anchor::anchor;

use crate::analysis::{Analysis, Mention, MentionKind, Quote, QuoteKind};
use crate::html::Meta;
use crate::types::FigureKind;

/// The version of the annotation export's shape (`docs/EXPORT.md`).
pub const ANNOTATIONS_VERSION: u32 = 1;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A report section: who said what, organizations, figures.
    Markdown,
    /// One row per quote (RFC 4180).
    Csv,
    /// One row per distinct figure (RFC 4180).
    CsvFigures,
    /// A W3C Web Annotation collection, on one line.
    Annotations,
}

impl Format {
    /// The format a name gives (`markdown`, `csv`, `csv-figures`, `annotations`).
    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "markdown" | "md" => Format::Markdown,
            "csv" => Format::Csv,
            "csv-figures" => Format::CsvFigures,
            "annotations" | "json" => Format::Annotations,
            _ => return None,
        })
    }
    pub const NAMES: &'static str = "markdown, csv, csv-figures, annotations";
}

/// `a` (the Analysis of `text`) with the page's metadata, in `format`.
pub fn render(format: Format, text: &str, a: &Analysis, meta: &Meta) -> String {
    let d = Doc::new(text, a, meta);
    match format {
        Format::Markdown => markdown::render(&d),
        Format::Csv => csv::quotes(&d),
        Format::CsvFigures => csv::figures(&d),
        Format::Annotations => web_annotation::render(&d),
    }
}

/// Quote `qi` of `a` as a reader pastes it: `“…” — Speaker, role (Outlet, date)`, then on its
/// own line the page's URL with a text fragment that scrolls to the quote (when the URL is known).
pub fn citation(text: &str, a: &Analysis, meta: &Meta, qi: usize) -> String {
    let d = Doc::new(text, a, meta);
    let Some(q) = a.quotes.get(qi) else { return String::new() };
    let mut out = match q.kind {
        QuoteKind::Direct => format!("“{}”", d.quote_text(q)),
        QuoteKind::Indirect => d.quote_text(q),
    };
    out.push_str(" — ");
    out.push_str(&d.speaker(q).unwrap_or_else(|| "unattributed".into()));
    if let Some(r) = d.role(q) {
        out.push_str(", ");
        out.push_str(&r);
    }
    let source: Vec<String> = [meta.outlet_or_host(), meta.published.as_deref().map(date_part)].into_iter().flatten().collect();
    if !source.is_empty() {
        out.push_str(&format!(" ({})", source.join(", ")));
    }
    if let Some(url) = &meta.url {
        out.push('\n');
        out.push_str(&link(url, &d.slice(q.start, q.end)));
    }
    out
}

/// `url` with a text fragment (`#:~:text=start,end`) that makes the browser scroll to
/// `quoted` and highlight it; an existing fragment of the URL is replaced.
pub fn link(url: &str, quoted: &str) -> String {
    let base = url.split('#').next().unwrap_or(url);
    let words: Vec<&str> = quoted.split_whitespace().collect();
    if words.is_empty() {
        return base.to_string();
    }
    // a long quote by its first and last words: fragments must match whole, and the page's
    // text between them (a paragraph break, an inline element) may differ from the analysed text
    const ENDS: usize = 5;
    let directive = if words.len() <= 2 * ENDS {
        fragment_text(&words.join(" "))
    } else {
        format!("{},{}", fragment_text(&words[..ENDS].join(" ")), fragment_text(&words[words.len() - ENDS..].join(" ")))
    };
    format!("{base}#:~:text={directive}")
}

/// Percent-encoding for a text directive: everything but unreserved characters, so that the
/// directive's own `,` `-` `&` in the text are escaped.
fn fragment_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// "2024-10-26" of "2024-10-26T08:00:00Z"; other dates as written.
fn date_part(d: &str) -> String {
    let b = d.as_bytes();
    if b.len() > 10 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' {
        d[..10].to_string()
    } else {
        d.to_string()
    }
}

/// The Analysis with its text as UTF-16 units, so that offsets slice it directly.
pub(crate) struct Doc<'a> {
    pub a: &'a Analysis,
    pub meta: &'a Meta,
    units: Vec<u16>,
}

impl<'a> Doc<'a> {
    fn new(text: &str, a: &'a Analysis, meta: &'a Meta) -> Doc<'a> {
        Doc { a, meta, units: text.encode_utf16().collect() }
    }

    /// The text of `[start, end)` (UTF-16 units), clamped to the text.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let n = self.units.len();
        String::from_utf16_lossy(&self.units[start.min(n)..end.min(n).max(start.min(n))])
    }

    /// Up to `n` units before `start` / after `end`, not splitting a surrogate pair.
    pub fn before(&self, start: usize, n: usize) -> String {
        let start = start.min(self.units.len());
        let mut a = start.saturating_sub(n);
        if a > 0 && (0xDC00..0xE000).contains(&self.units[a]) {
            a += 1;
        }
        self.slice(a, start)
    }
    pub fn after(&self, end: usize, n: usize) -> String {
        let end = end.min(self.units.len());
        let mut b = (end + n).min(self.units.len());
        if b < self.units.len() && (0xDC00..0xE000).contains(&self.units[b]) {
            b -= 1;
        }
        self.slice(end, b)
    }

    /// A span's text on one line: whitespace runs made one space.
    pub fn line(&self, start: usize, end: usize) -> String {
        one_line(&self.slice(start, end))
    }

    /// What was said, its parts joined by " … ", on one line.
    pub fn quote_text(&self, q: &Quote) -> String {
        match &q.fragments {
            Some(f) => f.iter().map(|&[a, b]| self.line(a, b)).collect::<Vec<_>>().join(" … "),
            None => self.line(q.start, q.end),
        }
    }

    /// The speaker's resolved name, else the words that attribute the quote.
    pub fn speaker(&self, q: &Quote) -> Option<String> {
        q.speaker.as_ref().map(|sp| sp.name.clone().unwrap_or_else(|| self.line(sp.start, sp.end)))
    }

    pub fn role(&self, q: &Quote) -> Option<String> {
        let id = q.speaker.as_ref()?.entity?;
        self.a.entities.get(id)?.role.clone()
    }

    /// The reporting verb as written.
    pub fn verb(&self, q: &Quote) -> Option<String> {
        q.cue.as_ref().map(|c| self.line(c.start, c.end))
    }

    /// The watch items (as written) whose quotes include quote `qi`, joined with "; ".
    pub fn watched_quote(&self, qi: usize) -> String {
        self.a.summary.watch.iter().filter(|w| w.quotes.contains(&qi)).map(|w| w.text.as_str()).collect::<Vec<_>>().join("; ")
    }

    /// The watch items (as written) whose figures include one of `mentions`, joined with "; ".
    pub fn watched_figure(&self, mentions: &[usize]) -> String {
        self.a.summary.watch.iter().filter(|w| mentions.iter().any(|m| w.figures.contains(m))).map(|w| w.text.as_str()).collect::<Vec<_>>().join("; ")
    }

    /// A figure as a reader says it: its words, and what it counts ("11.5 million people").
    pub fn figure_label(&self, m: &Mention) -> String {
        let mut s = self.line(m.start, m.end);
        if let Some(c) = m.figure.as_ref().and_then(|f| f.counts.as_deref()) {
            s.push(' ');
            s.push_str(&one_line(c));
        }
        s
    }

    /// Quotes in the order the summary gives them: each speaker's, most prominent first, then the
    /// unattributed ones.
    pub fn quotes_in_order(&self) -> impl Iterator<Item = usize> + '_ {
        let s = &self.a.summary;
        s.speakers.iter().flat_map(|sp| sp.quotes.iter().copied()).chain(s.unattributed.iter().copied())
    }

    /// Entities of `kind` with their number of mentions, most mentioned first.
    pub fn entities_of(&self, kind: MentionKind) -> Vec<(&'a str, usize)> {
        let s = &self.a.summary;
        let ids = match kind {
            MentionKind::Organization => &s.organizations,
            MentionKind::Place => &s.places,
            _ => &s.people,
        };
        ids.iter().filter_map(|&id| self.a.entities.get(id)).map(|e| (e.name.as_str(), e.mentions.len())).collect()
    }
}

pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

pub(crate) fn figure_kind_name(k: FigureKind) -> &'static str {
    match k {
        FigureKind::Money => "money",
        FigureKind::Percent => "percent",
        FigureKind::Count => "count",
        FigureKind::Quantity => "quantity",
        FigureKind::Date => "date",
        FigureKind::Time => "time",
        FigureKind::Duration => "duration",
        FigureKind::Ordinal => "ordinal",
    }
}

pub(crate) fn mention_kind_name(k: MentionKind) -> &'static str {
    match k {
        MentionKind::Person => "person",
        MentionKind::Organization => "organization",
        MentionKind::Place => "place",
        MentionKind::Figure => "figure",
    }
}

/// A figure value as the contract writes it: a whole number exactly, any other to nine decimals
/// without trailing zeros. Written by hand from integers: Rust's float formatting would add some
/// 10 KB to the WASM build for this one use.
pub(crate) fn number(x: f64) -> String {
    match crate::types::written_value(x) {
        Ok(i) => i.to_string(),
        Err(x) if !x.is_finite() || x.abs() >= 9.0e15 => "null".into(),
        Err(x) => {
            let (mut whole, mut nano) = (x.abs().trunc() as u64, (x.abs().fract() * 1e9).round() as u64);
            if nano == 1_000_000_000 {
                (whole, nano) = (whole + 1, 0);
            }
            let mut s = String::new();
            if x < 0.0 && (whole, nano) != (0, 0) {
                s.push('-');
            }
            s.push_str(&whole.to_string());
            if nano > 0 {
                let digits = (nano + 1_000_000_000).to_string(); // "1" and nine digits
                s.push('.');
                s.push_str(digits[1..].trim_end_matches('0'));
            }
            s
        }
    }
}

#[cfg(test)]
mod tests;
