//! The annotation export: a W3C Web Annotation collection (`docs/EXPORT.md`), one annotation for
//! each quote and each mention, targeting the page with a `TextQuoteSelector` (exact, prefix,
//! suffix) and a `TextPositionSelector` into the article text, so that [`super::anchor`] finds it
//! again when the page has changed around it.

use super::json::Json;
use super::{figure_kind_name, mention_kind_name, Doc, ANNOTATIONS_VERSION};
use crate::analysis::QuoteKind;

/// Context kept on each side of the exact text, in UTF-16 units (as Hypothesis keeps 32).
pub const CONTEXT: usize = 32;

pub(super) fn render(d: &Doc) -> String {
    let (a, meta) = (d.a, d.meta);
    let mut j = Json::new();
    j.open('{');
    j.key("@context");
    j.str("http://www.w3.org/ns/anno.jsonld");
    j.key("type");
    j.str("AnnotationCollection");
    j.field("label", meta.title.as_deref());
    j.key("generator");
    j.open('{');
    j.key("type");
    j.str("Software");
    j.key("name");
    j.str("Newsmark");
    j.key("version");
    j.str(env!("CARGO_PKG_VERSION"));
    j.key("schema");
    j.str(&format!("newsmark-annotations/{ANNOTATIONS_VERSION}"));
    j.close('}');
    j.field("generated", meta.accessed.as_deref());
    j.key("newsmark:source");
    j.open('{');
    j.field("url", meta.url.as_deref());
    j.field("title", meta.title.as_deref());
    j.field("outlet", meta.outlet_or_host().as_deref());
    j.field("author", meta.author.as_deref());
    j.field("published", meta.published.as_deref());
    j.field("accessed", meta.accessed.as_deref());
    j.close('}');
    j.key("total");
    j.int(a.quotes.len() + a.mentions.len() + a.watch.len());
    j.key("first");
    j.open('{');
    j.key("type");
    j.str("AnnotationPage");
    j.key("items");
    j.open('[');
    for qi in d.quotes_in_order() {
        let q = &a.quotes[qi];
        item(&mut j, d, &format!("#quote-{qi}"), q.start, q.end, |j| {
            j.key("kind");
            j.str("quote");
            j.key("quoteKind");
            j.str(if q.kind == QuoteKind::Direct { "direct" } else { "indirect" });
            j.key("text");
            j.str(&d.quote_text(q));
            j.field("speaker", d.speaker(q).as_deref());
            j.field("role", d.role(q).as_deref());
            j.field("verb", d.verb(q).as_deref());
        });
    }
    for (mi, m) in a.mentions.iter().enumerate() {
        item(&mut j, d, &format!("#mention-{mi}"), m.start, m.end, |j| {
            j.key("kind");
            j.str(mention_kind_name(m.kind));
            if let Some(e) = m.entity.and_then(|id| a.entities.get(id)) {
                j.key("name");
                j.str(&e.name);
                j.field("role", e.role.as_deref());
            }
            if let Some(f) = &m.figure {
                j.key("figure");
                j.open('{');
                j.key("kind");
                j.str(figure_kind_name(f.kind));
                for (k, v) in [("value", f.value), ("low", f.low), ("high", f.high)] {
                    if let Some(v) = v {
                        j.key(k);
                        j.num(v);
                    }
                }
                j.field("unit", f.unit);
                j.field("date", f.iso.as_deref());
                j.field("counts", f.counts.as_deref());
                if f.approx {
                    j.key("approx");
                    j.bool(true);
                }
                j.close('}');
                j.key("label");
                j.str(&d.figure_label(m));
            }
        });
    }
    for (k, h) in a.watch.iter().enumerate() {
        let Some(w) = a.summary.watch.iter().find(|w| w.item == h.item) else { continue };
        item(&mut j, d, &format!("#watch-{k}"), h.start, h.end, |j| {
            j.key("kind");
            j.str("watch");
            j.key("item");
            j.str(&w.text);
            j.key("pattern");
            j.bool(w.pattern);
            if !w.group.is_empty() {
                j.key("group");
                j.str(&w.group);
            }
        });
    }
    j.close(']');
    j.close('}');
    j.close('}');
    j.out
}

/// One annotation over `[start, end)`; `body` writes the body's fields after its type.
fn item(j: &mut Json, d: &Doc, id: &str, start: usize, end: usize, body: impl FnOnce(&mut Json)) {
    j.open('{');
    j.key("id");
    j.str(id);
    j.key("type");
    j.str("Annotation");
    j.key("motivation");
    j.str("highlighting");
    j.key("body");
    j.open('{');
    j.key("type");
    j.str("newsmark:Mark");
    body(j);
    j.close('}');
    j.key("target");
    j.open('{');
    j.field("source", d.meta.url.as_deref());
    j.key("selector");
    j.open('[');
    j.open('{');
    j.key("type");
    j.str("TextQuoteSelector");
    j.key("exact");
    j.str(&d.slice(start, end));
    j.key("prefix");
    j.str(&d.before(start, CONTEXT));
    j.key("suffix");
    j.str(&d.after(end, CONTEXT));
    j.close('}');
    j.open('{');
    j.key("type");
    j.str("TextPositionSelector");
    j.key("start");
    j.int(start);
    j.key("end");
    j.int(end);
    j.close('}');
    j.close(']');
    j.close('}');
    j.close('}');
}
