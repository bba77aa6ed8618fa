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
}
