//! The Markdown export: a section to paste into a report.

use super::{date_part, Doc};
use crate::analysis::{MentionKind, QuoteKind};

/// Backslash-escapes what Markdown would read as markup, so that a quote stays text.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(super) fn render(d: &Doc) -> String {
    let (a, meta) = (d.a, d.meta);
    let mut o = String::new();
    o.push_str(&format!("# {}\n\n", esc(meta.title.as_deref().unwrap_or("Article"))));
    let mut source: Vec<String> = Vec::new();
    if let Some(x) = meta.outlet_or_host() {
        source.push(esc(&x));
    }
    if let Some(x) = &meta.author {
        source.push(format!("by {}", esc(x)));
    }
    if let Some(x) = &meta.published {
        source.push(format!("published {}", esc(&date_part(x))));
    }
    if let Some(x) = &meta.accessed {
        source.push(format!("accessed {}", esc(&date_part(x))));
    }
    if !source.is_empty() {
        o.push_str(&source.join(" · "));
        o.push_str("  \n");
    }
    if let Some(u) = &meta.url {
        o.push_str(&format!("<{}>\n", u.replace(['<', '>', ' '], "")));
    }
    let quote_line = |o: &mut String, qi: usize| {
        let q = &a.quotes[qi];
        let verb = d.verb(q).map(|v| format!(" ({})", esc(&v))).unwrap_or_default();
        match q.kind {
            QuoteKind::Direct => o.push_str(&format!("- “{}”{verb}\n", esc(&d.quote_text(q)))),
            QuoteKind::Indirect => o.push_str(&format!("- reported{verb}: {}\n", esc(&d.quote_text(q)))),
        }
    };
    let s = &a.summary;
    if !s.watch.is_empty() {
        o.push_str("\n## Watched\n");
        for w in &s.watch {
            let what = if w.pattern { format!("/{}/", w.text) } else { w.text.clone() };
            let group = if w.group.is_empty() { String::new() } else { format!(" ({})", esc(&w.group)) };
            o.push_str(&format!("\n### {}{group}: {}\n\n", esc(&what), plural(w.hits, "mention", "mentions")));
            for &qi in &w.quotes {
                quote_line(&mut o, qi);
            }
            if !w.figures.is_empty() {
                let figs: Vec<String> = w.figures.iter().map(|&m| esc(&d.figure_label(&a.mentions[m]))).collect();
                o.push_str(&format!("- figures: {}\n", figs.join(", ")));
            }
        }
    }
    o.push_str(&format!("\n## Who said what\n\n{}, {}\n", plural(s.speakers.len(), "speaker", "speakers"), plural(a.quotes.len(), "statement", "statements")));
    for sp in &s.speakers {
        o.push_str(&format!("\n### {}", esc(&sp.name)));
        if let Some(r) = &sp.role {
            o.push_str(&format!(" — {}", esc(r)));
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
        o.push_str(&format!("\n## {title}\n\n"));
        if list.is_empty() {
            o.push_str("None found.\n");
        }
        for (name, n) in list {
            o.push_str(&format!("- {} ({})\n", esc(name), plural(n, "mention", "mentions")));
        }
    }
    o.push_str("\n## Figures\n\n");
    if s.figures.is_empty() {
        o.push_str("None found.\n");
    }
    for g in &s.figures {
        let m = &a.mentions[g.mentions[0]];
        let kind = m.figure.as_ref().map_or("", |f| super::figure_kind_name(f.kind));
        let times = if g.mentions.len() > 1 { format!(", ×{}", g.mentions.len()) } else { String::new() };
        o.push_str(&format!("- {} ({kind}{times})\n", esc(&d.figure_label(m))));
    }
    o
}
