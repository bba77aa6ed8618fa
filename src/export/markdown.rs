//! The Markdown export: a section to paste into a report.

use super::{date_part, Doc};
use crate::analysis::{MentionKind, QuoteKind};

/// Writes `s` to `o`, backslash-escaping what Markdown would read as markup, so that a quote
/// stays text.
fn esc(o: &mut String, s: &str) {
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~') {
            o.push('\\');
        }
        o.push(c);
    }
}

/// Writes the pieces one after another (the report is written in place: no piece gets a
/// string of its own).
fn cat(o: &mut String, pieces: &[&str]) {
    for p in pieces {
        o.push_str(p);
    }
}

/// "1 mention", "2 mentions".
fn plural(o: &mut String, n: usize, one: &str, many: &str) {
    cat(o, &[&n.to_string(), " ", if n == 1 { one } else { many }]);
}

pub(super) fn render(d: &Doc) -> String {
    let (a, meta) = (d.a, d.meta);
    let mut o = String::new();
    o.push_str("# ");
    esc(&mut o, meta.title.as_deref().unwrap_or("Article"));
    o.push_str("\n\n");
    // the source line: outlet, author, dates, " · " between them
    let line_start = o.len();
    let part = |o: &mut String, label: &str, x: &str| {
        if o.len() > line_start {
            o.push_str(" · ");
        }
        o.push_str(label);
        esc(o, x);
    };
    if let Some(x) = meta.outlet_or_host() {
        part(&mut o, "", &x);
    }
    if let Some(x) = &meta.author {
        part(&mut o, "by ", x);
    }
    if let Some(x) = &meta.published {
        part(&mut o, "published ", &date_part(x));
    }
    if let Some(x) = &meta.accessed {
        part(&mut o, "accessed ", &date_part(x));
    }
    if o.len() > line_start {
        o.push_str("  \n");
    }
    if let Some(u) = &meta.url {
        o.push('<');
        o.extend(u.chars().filter(|c| !matches!(c, '<' | '>' | ' ')));
        o.push_str(">\n");
    }
    let quote_line = |o: &mut String, qi: usize| {
        let q = &a.quotes[qi];
        let verb = |o: &mut String| {
            if let Some(v) = d.verb(q) {
                o.push_str(" (");
                esc(o, &v);
                o.push(')');
            }
        };
        match q.kind {
            QuoteKind::Direct => {
                o.push_str("- “");
                esc(o, &d.quote_text(q));
                o.push('”');
                verb(o);
            }
            QuoteKind::Indirect => {
                o.push_str("- reported");
                verb(o);
                o.push_str(": ");
                esc(o, &d.quote_text(q));
            }
        }
        o.push('\n');
    };
    let s = &a.summary;
    if !s.watch.is_empty() {
        o.push_str("\n## Watched\n");
        for w in &s.watch {
            o.push_str("\n### ");
            if w.pattern {
                esc(&mut o, &["/", w.text.as_str(), "/"].concat());
            } else {
                esc(&mut o, &w.text);
            }
            if !w.group.is_empty() {
                o.push_str(" (");
                esc(&mut o, &w.group);
                o.push(')');
            }
            o.push_str(": ");
            plural(&mut o, w.hits, "mention", "mentions");
            o.push_str("\n\n");
            for &qi in &w.quotes {
                quote_line(&mut o, qi);
            }
            if !w.figures.is_empty() {
                o.push_str("- figures: ");
                for (k, &m) in w.figures.iter().enumerate() {
                    if k > 0 {
                        o.push_str(", ");
                    }
                    esc(&mut o, &d.figure_label(&a.mentions[m]));
                }
                o.push('\n');
            }
        }
    }
    o.push_str("\n## Who said what\n\n");
    plural(&mut o, s.speakers.len(), "speaker", "speakers");
    o.push_str(", ");
    plural(&mut o, a.quotes.len(), "statement", "statements");
    o.push('\n');
    for sp in &s.speakers {
        o.push_str("\n### ");
        esc(&mut o, &sp.name);
        if let Some(r) = &sp.role {
            o.push_str(" — ");
            esc(&mut o, r);
        }
        o.push_str("\n\n");
        for &qi in &sp.quotes {
            quote_line(&mut o, qi);
        }
    }
    if !s.unattributed.is_empty() {
        o.push_str("\n### Unattributed\n\n");
        for &qi in &s.unattributed {
            quote_line(&mut o, qi);
        }
    }
    for (title, kind) in [("Organizations", MentionKind::Organization), ("Other people", MentionKind::Person), ("Places", MentionKind::Place)] {
        let list = d.entities_of(kind);
        if list.is_empty() && kind != MentionKind::Organization {
            continue;
        }
        cat(&mut o, &["\n## ", title, "\n\n"]);
        if list.is_empty() {
            o.push_str("None found.\n");
        }
        for (name, n) in list {
            o.push_str("- ");
            esc(&mut o, name);
            o.push_str(" (");
            plural(&mut o, n, "mention", "mentions");
            o.push_str(")\n");
        }
    }
    o.push_str("\n## Figures\n\n");
    if s.figures.is_empty() {
        o.push_str("None found.\n");
    }
    for g in &s.figures {
        let m = &a.mentions[g.mentions[0]];
        let kind = m.figure.as_ref().map_or("", |f| super::figure_kind_name(f.kind));
        o.push_str("- ");
        esc(&mut o, &d.figure_label(m));
        cat(&mut o, &[" (", kind]);
        if g.mentions.len() > 1 {
            cat(&mut o, &[", ×", &g.mentions.len().to_string()]);
        }
        o.push_str(")\n");
    }
    o
}
