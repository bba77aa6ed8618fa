//! The evidence class of every name and figure mention (see `src/analysis/confidence.rs`), for
//! `tools/calibrate.py`: JSONL of {"id","text"} in on stdin, one line a document out:
//! {"id", "names": [[start, end, kind, class], …], "figures": [[start, end, figure kind, class], …],
//! "quotes": [[start, end, speaker, class], …]} with UTF-16 offsets, as the Analysis gives them; a
//! quote's speaker is its name, else its text, else "-".
//! `cargo run --release --example confidence_classes < docs.jsonl`

use std::io::{BufRead, Write};

fn main() {
    let lex = newsmark::lexicon::Lexicons::get();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(text) = doc.get("text").and_then(|t| t.as_str()) else { continue };
        let a = newsmark::analyze(text);
        // UTF-16 offset → byte offset
        let mut byte_at = Vec::with_capacity(text.len() + 1);
        for (b, c) in text.char_indices() {
            byte_at.extend(std::iter::repeat_n(b, c.len_utf16()));
        }
        byte_at.push(text.len());
        let names: Vec<serde_json::Value> = a
            .mentions
            .iter()
            .filter(|m| m.figure.is_none())
            .map(|m| {
                let e = m.entity.map(|e| &a.entities[e]);
                let class = newsmark::analysis::confidence::name_class(text, byte_at[m.start], byte_at[m.end], m.kind, e.map_or(1, |e| e.mentions.len()), e.is_some_and(|e| e.role.is_some()), lex);
                serde_json::json!([m.start, m.end, m.kind, class])
            })
            .collect();
        let figures: Vec<serde_json::Value> = a
            .mentions
            .iter()
            .filter_map(|m| {
                let f = m.figure.as_ref()?;
                let class = newsmark::analysis::confidence::figure_class(text, byte_at[m.start], byte_at[m.end], f);
                Some(serde_json::json!([m.start, m.end, f.kind, class]))
            })
            .collect();
        let quotes: Vec<serde_json::Value> = a
            .quotes
            .iter()
            .map(|q| {
                let cue = q.cue.as_ref().map(|c| (byte_at[c.start], byte_at[c.end]));
                let class = newsmark::analysis::confidence::quote_class(text, &text[byte_at[q.start]..byte_at[q.end]], q.kind, cue, q.relayed, q.speaker.as_ref().map(|s| (s.text.as_str(), s.name.is_some())), lex);
                let who = q.speaker.as_ref().map_or("-", |s| s.name.as_deref().unwrap_or(&s.text));
                serde_json::json!([q.start, q.end, who, class])
            })
            .collect();
        writeln!(out, "{}", serde_json::json!({"id": doc.get("id"), "names": names, "figures": figures, "quotes": quotes})).unwrap();
    }
}
