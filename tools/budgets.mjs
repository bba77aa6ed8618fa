// Fails when a budget of the design is broken: the size of the shipped WASM + glue, memory that
// stays flat, analyze() throughput as a ratio to wink-nlp measured side by side in this run, and
// cost linear in the input (a ratio of times per byte). Absolute timings are printed, never
// asserted: a busy machine slows everything, a ratio measured in one run stays.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzers } from './analyzers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, 'extension', 'pkg');
let failed = false;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failed = true; };
// A timing is taken again, up to three times two seconds apart, until it is within its budget:
// this machine is shared, and another process can slow everything for seconds on end (one check
// read 15 MB/s, in the middle of runs that read 22–23). A real regression misses all three; every
// reading is printed.
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); // without spinning
const retried = (measure, ok) => {
  const readings = [measure()];
  while (!ok(readings.at(-1)) && readings.length < 3) { sleep(2000); readings.push(measure()); }
  return readings;
};

// the benchmark's default corpus: the Wikinews articles of GUM, one text each
const docs = readFileSync(join(ROOT, 'bench', 'corpus', 'gum_wikinews.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
const corpusBytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);

// --side-by-side: one reading of the throughput against wink-nlp, printed as JSON (see below)
if (process.argv[2] === '--side-by-side') {
  const { run: analyze } = await analyzers.newsmark();
  const { run: wink } = await analyzers.wink();
  // V8 first runs WASM in its baseline compiler and optimises it in the background: here the
  // first 1–2 MB of text (about 0.3 s after instantiation) run at 2–15 MB/s. The budget is about
  // the optimised code, so the check warms both up for three seconds before it measures
  for (const t0 = performance.now(); performance.now() - t0 < 3000;) for (const d of docs) { analyze(d); wink(d); }
  const best = { newsmark: Infinity, wink: Infinity };
  for (let i = 0; i < 9; i++) {
    for (const [name, fn] of i % 2 ? [['wink', wink], ['newsmark', analyze]] : [['newsmark', analyze], ['wink', wink]]) {
      const t0 = performance.now();
      for (const d of docs) fn(d);
      best[name] = Math.min(best[name], performance.now() - t0);
    }
  }
  const mbs = (ms) => corpusBytes / 1e6 / (ms / 1000);
  console.log(JSON.stringify({ ratio: best.wink / best.newsmark, newsmark: mbs(best.newsmark), wink: mbs(best.wink) }));
  process.exit(0);
}

// size: WASM + JS glue, gzipped
let raw = 0, gz = 0;
const walk = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) { walk(p); continue; }
    const b = readFileSync(p);
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
};
walk(PKG);
check(gz <= 200 * 1024, `shipped WASM + glue: ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped (budget 200 KB gzipped)`);

// loaded as the benchmark loads it (tools/analyzers.mjs)
const { run: analyze, wasm, mod } = await analyzers.newsmark();
const sample = readFileSync(join(ROOT, 'www', 'sample.txt'), 'utf8');

// memory: flat over 1,000 analyses (linear memory never shrinks, so measure before big inputs)
analyze(sample);
const m1 = wasm.memory.buffer.byteLength;
for (let i = 0; i < 1000; i++) analyze(sample.slice(0, 200 + (i % 7) * 150));
const m1000 = wasm.memory.buffer.byteLength;
check(m1000 <= m1 * 1.25, `WASM memory: ${(m1 / 1024).toFixed(0)} KB after 1 analysis, ${(m1000 / 1024).toFixed(0)} KB after 1,000 (must stay flat)`);
// throughput on news text, article by article, as the extension meets it: the benchmark's
// default corpus (Wikinews articles of GUM, `docs` above), Newsmark and wink-nlp alternating,
// best pass of each
// Each reading is taken in a process of its own (this script with --side-by-side): wink-nlp's
// speed differs from process to process far more than within one (best passes of 2.85–3.44 MB/s
// in eleven processes in session 22, against Newsmark's 15.5–16.6), so a retry in the same
// process repeats the first reading rather than taking another
const sideBySide = () => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--side-by-side'], { encoding: 'utf8' }));
// the design's budget: at least 5 times wink-nlp (it aims at 10)
const speed = retried(sideBySide, (r) => r.ratio >= 5);
check(speed.at(-1).ratio >= 5, `analyze() in WASM over ${docs.length} news articles (${(corpusBytes / 1e6).toFixed(2)} MB): ${speed.map((r) => `${r.ratio.toFixed(1)}× wink-nlp (${r.newsmark.toFixed(1)} against ${r.wink.toFixed(2)} MB/s)`).join(', then ')} (budget: at least 5×)`);

// the watchlist's cost: analysis with 500 items (bench/watchlist-500.txt: names and patterns)
// against analysis without, the two alternating over the same corpus, best pass of each; the
// list is compiled outside the timings (once per change, as in the extension)
// read by the options page's own reader (the WASM build leaves the file format to it)
const { parseList } = await import(join(ROOT, 'extension', 'options', 'watchlist.js'));
const items = parseList(readFileSync(join(ROOT, 'bench', 'watchlist-500.txt'), 'utf8'));
const list = items.map((i) => [i.text, i.pattern ? '1' : '0', i.group, i.color].join('\u0001') + '\u0000').join('');
const watchCost = () => {
  const best = { without: Infinity, with: Infinity };
  for (let i = 0; i < 9; i++) {
    for (const name of i % 2 ? ['with', 'without'] : ['without', 'with']) {
      const refused = mod.setWatchlist(name === 'with' ? list : '').split('\u0000').filter(Boolean);
      if (refused.length) throw new Error('the benchmark watchlist has refused items: ' + refused.join('; '));
      const t0 = performance.now();
      for (const d of docs) analyze(d);
      best[name] = Math.min(best[name], performance.now() - t0);
    }
  }
  mod.setWatchlist('');
  return best.with / best.without;
};
const hitDocs = (() => {
  mod.setWatchlist(list);
  const n = docs.filter((d) => (analyze(d).summary.watch || []).length > 0).length;
  mod.setWatchlist('');
  return n;
})();
// the aim is 1.10 (not met yet: docs/BENCHMARKS.md says where the time goes); above 1.6 fails
const cost = retried(watchCost, (r) => r <= 1.6);
check(cost.at(-1) <= 1.6, `watchlist of ${items.length} items (${items.filter((i) => i.pattern).length} patterns; ${hitDocs} of ${docs.length} articles mention one): analysis takes ${cost.map((r) => r.toFixed(3)).join(', then ')}× the time without (aim 1.10, fails above 1.6)`);

// linear cost: time per byte at 1 MB (the sample article repeated) against 10 KB
const text = Array.from({ length: Math.ceil(1e6 / sample.length) }, () => sample).join('\n\n');
const bytes = Buffer.byteLength(text);
const perByte = (t) => { const reps = Math.max(1, Math.round(1e6 / t.length)); let b = Infinity; for (let k = 0; k < 3; k++) { const t0 = performance.now(); for (let i = 0; i < reps; i++) analyze(t); b = Math.min(b, (performance.now() - t0) / reps); } return b / t.length; };
const small = text.slice(0, 10000);
const ratio = retried(() => perByte(text) / perByte(small), (r) => r <= 2);
check(ratio.at(-1) <= 2, `time per byte at ${(bytes / 1e6).toFixed(1)} MB over 10 KB: ${ratio.map((r) => r.toFixed(2)).join(', then ')} (linear cost; fails above 2)`);
process.exit(failed ? 1 : 0);
