//! One line of a JSONL batch, as the CLI's `--jsonl` reads it: `{"id": …, "text": …}` in, the
//! Analysis out with the same `id` beside its fields. A layer over the core, like the CLI.

use serde_json::Value;

/// The output line for one input line: `Ok(None)` for a blank line, `Err` with what is wrong
/// with the line (not JSON, no `text` string). With `html`, the text is reduced to the article's.
pub fn analyze_line(line: &[u8], html: bool) -> Result<Option<Value>, String> {
    if line.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    let doc: Value = serde_json::from_slice(line).map_err(|e| format!("not JSON: {e}"))?;
    let Some(text) = doc.get("text").and_then(Value::as_str) else {
        return Err("no \"text\" string".into());
    };
    let analysis = if html { crate::analyze(&crate::html::to_text(text)) } else { crate::analyze(text) };
    let mut v = serde_json::to_value(&analysis).map_err(|e| e.to_string())?;
    if let (Some(obj), Some(id)) = (v.as_object_mut(), doc.get("id")) {
        obj.insert("id".into(), id.clone());
    }
    Ok(Some(v))
}
