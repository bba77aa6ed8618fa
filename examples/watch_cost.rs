//! How much a watchlist adds to analysis, natively: `cargo run --release --example watch_cost`
//! (the same measurement as tools/budgets.mjs makes on the WASM build), with the time of each part.
use newsmark::watch::{parse_list, Watchlist};
use std::time::Instant;

fn main() {
    let corpus = std::fs::read_to_string("bench/corpus/gum_wikinews.jsonl").expect("bench/corpus/gum_wikinews.jsonl");
    let docs: Vec<String> = corpus
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON")["text"].as_str().unwrap_or_default().to_string())
        .collect();
    let (list, problems) = Watchlist::new(parse_list(&std::fs::read_to_string("bench/watchlist-500.txt").unwrap()));
    assert!(problems.is_empty(), "{problems:?}");
    let best = |f: &dyn Fn()| (0..7).map(|_| { let t = Instant::now(); f(); t.elapsed().as_secs_f64() }).fold(f64::MAX, f64::min);
    let without = best(&|| for d in &docs { std::hint::black_box(newsmark::analyze(d)); });
    let with = best(&|| for d in &docs { std::hint::black_box(newsmark::analyze_watched(d, &list)); });
    let find = best(&|| for d in &docs { std::hint::black_box(list.find(d)); });
    let items = parse_list(&std::fs::read_to_string("bench/watchlist-500.txt").unwrap());
    let (names, _) = Watchlist::new(items.iter().filter(|i| !i.pattern).cloned().collect());
    let (pats, _) = Watchlist::new(items.iter().filter(|i| i.pattern).cloned().collect());
    let n = best(&|| for d in &docs { std::hint::black_box(names.find(d)); });
    let p = best(&|| for d in &docs { std::hint::black_box(pats.find(d)); });
    let f = best(&|| for d in &docs { std::hint::black_box(newsmark::watch::fold::words(d, true)); });
    let (one, _) = Watchlist::new(vec![newsmark::watch::Item::name("Zzyzx Qwerty")]);
    let o = best(&|| for d in &docs { std::hint::black_box(one.find(d)); });
    let (absent, _) = Watchlist::new((0..50).map(|i| newsmark::watch::Item::pattern(&format!(r"(?i)\bzzqx{i} (talks|deal)\b"))).collect());
    let z = best(&|| for d in &docs { std::hint::black_box(absent.find(d)); });
    println!("50 patterns whose words are absent {:.2} ms", z * 1e3);
    println!("folding alone {:.2} ms, one name {:.2} ms", f * 1e3, o * 1e3);
    println!("names alone {:.1} ms, patterns alone {:.1} ms", n * 1e3, p * 1e3);
    println!("analysis {:.1} ms, with the watchlist {:.1} ms ({:.3}x); finding the hits alone {:.1} ms", without * 1e3, with * 1e3, with / without, find * 1e3);
}
