//! The CSV exports (RFC 4180: fields quoted when they hold a comma, quote or line break, quotes
//! doubled, lines ended by CRLF): one row per quote, and one row per distinct figure.

use super::{date_part, figure_kind_name, number, Doc};
use crate::analysis::QuoteKind;

/// One field. A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets
/// a leading apostrophe, as OWASP advises; numbers are written as they are.
fn field(o: &mut String, s: &str, text: bool) {
    let guarded = text && s.as_bytes().first().is_some_and(|b| b"=+-@\t\r".contains(b));
    if guarded || crate::text::contains_any(s, b",\"\n\r") {
        o.push('"');
        if guarded {
            o.push('\'');
        }
        for c in s.chars() {
            if c == '"' {
                o.push('"');
            }
            o.push(c);
        }
        o.push('"');
    } else {
        o.push_str(s);
    }
}

fn row(o: &mut String, fields: &[(&str, bool)]) {
    for (i, (f, text)) in fields.iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        field(o, f, *text);
    }
    o.push_str("\r\n");
}

fn source(d: &Doc) -> [String; 4] {
    let m = d.meta;
    [m.url.clone().unwrap_or_default(), m.title.clone().unwrap_or_default(), m.outlet_or_host().unwrap_or_default(), m.published.as_deref().map(date_part).unwrap_or_default()]
}

pub(super) fn quotes(d: &Doc) -> String {
    let mut o = String::new();
    // with a watchlist that the article mentions, a last column names the items a quote is of
    let watched = !d.a.summary.watch.is_empty();
    let mut head = vec!["speaker", "role", "kind", "verb", "quote", "start", "end", "url", "title", "outlet", "published"];
    if watched {
        head.push("watched");
    }
    row(&mut o, &head.iter().map(|h| (*h, false)).collect::<Vec<_>>());
    let [url, title, outlet, published] = source(d);
    for qi in d.quotes_in_order() {
        let q = &d.a.quotes[qi];
        let kind = if q.kind == QuoteKind::Direct { "direct" } else { "indirect" };
        let (start, end) = (q.start.to_string(), q.end.to_string());
        let (speaker, role, verb, text) = (d.speaker(q).unwrap_or_default(), d.role(q).unwrap_or_default(), d.verb(q).unwrap_or_default(), d.quote_text(q));
        let items = d.watched_quote(qi);
        let mut fields = vec![(speaker.as_str(), true), (role.as_str(), true), (kind, false), (verb.as_str(), true), (text.as_str(), true), (start.as_str(), false), (end.as_str(), false), (url.as_str(), true), (title.as_str(), true), (outlet.as_str(), true), (published.as_str(), true)];
        if watched {
            fields.push((&items, true));
        }
        row(&mut o, &fields);
    }
    o
}

pub(super) fn figures(d: &Doc) -> String {
    let mut o = String::new();
    let watched = !d.a.summary.watch.is_empty();
    let mut head = vec!["figure", "kind", "value", "low", "high", "unit", "counts", "date", "times", "start", "end", "url"];
    if watched {
        head.push("watched");
    }
    row(&mut o, &head.iter().map(|h| (*h, false)).collect::<Vec<_>>());
    let [url, ..] = source(d);
    for g in &d.a.summary.figures {
        let m = &d.a.mentions[g.mentions[0]];
        let Some(f) = &m.figure else { continue };
        let num = |x: Option<f64>| x.map(number).unwrap_or_default();
        let (value, low, high) = (num(f.value), num(f.low), num(f.high));
        let (times, start, end) = (g.mentions.len().to_string(), m.start.to_string(), m.end.to_string());
        let text = d.line(m.start, m.end);
        let items = d.watched_figure(&g.mentions);
        let mut fields: Vec<(&str, bool)> = vec![
                (&text, true),
                (figure_kind_name(f.kind), false),
                (&value, false),
                (&low, false),
                (&high, false),
                (f.unit.unwrap_or(""), true),
                (f.counts.as_deref().unwrap_or(""), true),
                (f.iso.as_deref().unwrap_or(""), true),
                (&times, false),
                (&start, false),
                (&end, false),
                (&url, true),
            ];
        if watched {
            fields.push((&items, true));
        }
        row(&mut o, &fields);
    }
    o
}

#[cfg(test)]
pub(super) fn row_for_test(o: &mut String, fields: &[&str]) {
    row(o, &fields.iter().map(|f| (*f, true)).collect::<Vec<_>>());
}
