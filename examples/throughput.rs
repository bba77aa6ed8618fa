//! Native throughput of `analyze()` over a text file or a JSONL of {"id","text"}:
//! `cargo run --release --example throughput -- FILE [ROUNDS]`. Prints MB/s (best round).

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: throughput FILE [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let raw = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let docs: Vec<String> = if path.ends_with(".jsonl") {
        raw.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(String::from))
            .collect()
    } else {
        vec![raw]
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut best = f64::INFINITY;
    let mut mentions = 0;
    for _ in 0..rounds {
        let t0 = std::time::Instant::now();
        mentions = docs.iter().map(|d| newsmark::analyze(d).mentions.len()).sum::<usize>();
        best = best.min(t0.elapsed().as_secs_f64());
    }
    println!("{} docs, {:.2} MB, {} mentions: best {:.1} ms, {:.1} MB/s", docs.len(), bytes as f64 / 1e6, mentions, best * 1e3, bytes as f64 / 1e6 / best);
    stages(&docs, best);
}

/// Time per pipeline stage (best of 3), the rest of `analyze()` being output assembly.
fn stages(docs: &[String], total: f64) {
    use newsmark::*;
    use std::time::Instant;
    let lex = lexicon::Lexicons::get();
    let mut t = [f64::INFINITY; 7];
    for _ in 0..3 {
        let mut cur = [0.0; 7];
        for text in docs {
            let text = text.as_str();
            let c = Instant::now();
            let toks = token::tokenize(text);
            cur[0] += c.elapsed().as_secs_f64();
            let c = Instant::now();
            let sents = sentence::split(text, &toks, &|w| lex.is_common_cap(w));
            cur[1] += c.elapsed().as_secs_f64();
            let c = Instant::now();
            let classes = lex.token_classes(text, &toks);
            cur[6] += c.elapsed().as_secs_f64();
            let c = Instant::now();
            let figs = figures::find(text, &toks, &classes, lex);
            cur[2] += c.elapsed().as_secs_f64();
            let mut taken = vec![false; toks.len()];
            for f in &figs {
                taken[f.first..f.last].iter_mut().for_each(|x| *x = true);
            }
            let c = Instant::now();
            let ncx = names::Ctx::new(text, &toks, lex, &taken, &classes);
            let names = names::find(&ncx, &sents);
            cur[3] += c.elapsed().as_secs_f64();
            let c = Instant::now();
            let name_texts: Vec<&str> = names.iter().map(|n| &text[toks[n.first].start..toks[n.last - 1].end]).collect();
            let (ents, name_ent) = entities::resolve(&name_texts, &names);
            cur[4] += c.elapsed().as_secs_f64();
            let c = Instant::now();
            let qcx = quotes::Cx { s: text, toks: &toks, sents: &sents, names: &names, name_ent: &name_ent, ents: &ents, lex, classes: &classes };
            let _ = quotes::find(&qcx);
            cur[5] += c.elapsed().as_secs_f64();
        }
        for i in 0..7 {
            t[i] = t[i].min(cur[i]);
        }
    }
    let names = ["tokens", "sentences", "figures", "names", "entities", "quotes", "lexicon"];
    let sum: f64 = t.iter().sum();
    for (n, v) in names.iter().zip(t) {
        println!("  {n:<10} {:>7.1} ms {:>5.1}%", v * 1e3, 100.0 * v / total);
    }
    println!("  {:<10} {:>7.1} ms {:>5.1}%", "output", (total - sum).max(0.0) * 1e3, 100.0 * (total - sum).max(0.0) / total);
}
