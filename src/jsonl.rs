//! One line of a JSONL batch, as the CLI's `--jsonl` reads it: `{"id": …, "text": …}` in, the
//! Analysis out with the same `id` beside its fields. A layer over the core, like the CLI.

use serde_json::Value;

/// The output line for one input line: `Ok(None)` for a blank line, `Err` with what is wrong
/// with the line (not JSON, no `text` string). With `html`, the text is reduced to the article's.
/// With `annotations`, the line out is `{"id": …, "annotations": {…}}`: the Web Annotation
/// export, with the metadata the line gives (`url`, `title`, `outlet`, `author`, `published`,
/// `accessed`) or, for HTML, the page's own.
/// With a non-empty `watch`, the Analysis carries its hits. The text's language is the line's
/// `lang` (a BCP 47 tag), else `lang`, else the HTML page's, else told from the text.
pub fn analyze_line(line: &[u8], html: bool, annotations: bool, watch: &crate::watch::Watchlist, lang: Option<&str>) -> Result<Option<Value>, String> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let doc: Value = serde_json::from_slice(line).map_err(|e| format!("not JSON: {e}"))?;
    let Some(text) = doc.get("text").and_then(Value::as_str) else {
        return Err("no \"text\" string".into());
    };
    let body = if html { crate::html::to_text(text) } else { text.to_string() };
    let mut meta = if html { crate::html::metadata(text) } else { crate::html::Meta::default() };
    // the line's "lang", else the caller's, else the page's, else the text's words
    let lang = doc.get("lang").and_then(Value::as_str).or(lang).or(meta.language.as_deref());
    let analysis = crate::analyze_with_options(&body, &crate::Options { language: lang, watchlist: Some(watch) });
    let mut v = if annotations {
        let field = |k: &str| doc.get(k).and_then(Value::as_str).map(String::from);
        for (k, slot) in [("url", &mut meta.url), ("title", &mut meta.title), ("outlet", &mut meta.outlet), ("author", &mut meta.author), ("published", &mut meta.published), ("accessed", &mut meta.accessed)] {
            if let Some(x) = field(k) {
                *slot = Some(x);
            }
        }
        let out = crate::export::render(crate::export::Format::Annotations, &body, &analysis, &meta);
        serde_json::json!({ "annotations": serde_json::from_str::<Value>(&out).map_err(|e| e.to_string())? })
    } else {
        serde_json::to_value(&analysis).map_err(|e| e.to_string())?
    };
    if let (Some(obj), Some(id)) = (v.as_object_mut(), doc.get("id")) {
        obj.insert("id".into(), id.clone());
    }
    Ok(Some(v))
}
