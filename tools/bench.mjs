// Newsmark's benchmark: throughput (WASM in Node, native, compromise, wink-nlp on the same
// documents, in one run), scaling from 1 KB to 10 MB, WASM memory over 1,000 analyses, and the
// size of the extension as shipped. Writes target/bench/results.json and prints a Markdown report.
//
//   node tools/bench.mjs [--corpus FILE.jsonl] [--rounds 10] [--max-mb 10] [--cold 15] [--peers | --no-peers]
//
// Each analyzer gets `--rounds` passes over the corpus (compromise, the slowest, three) and its
// best pass counts.
//
// Cold start (`--cold N`, 0 to skip): N fresh Node processes per analyzer, each loading it and
// analyzing one document twice (tools/bench-cold.mjs), as a service worker that Chrome has just
// started does; medians are reported, and the range of load + first analysis (on this 2-core
// machine V8's background compiler threads make the first analysis vary from run to run).
//
// The default corpus is bench/corpus/gum_wikinews.jsonl (Wikinews, CC-BY 2.5); any JSONL of
// {"id","text"} works, such as ../shared/eval/dev/onto_dev.jsonl (read in place, never copied).
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { analyzers } from './analyzers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const corpusPath = opt('--corpus', join(ROOT, 'bench', 'corpus', 'gum_wikinews.jsonl'));
const rounds = Number(opt('--rounds', 10));
const maxMb = Number(opt('--max-mb', 10));
const peers = !args.includes('--no-peers');
const coldRuns = Number(opt('--cold', 15));

const docs = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text).filter(Boolean);
const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
const mb = bytes / 1e6;

function best(fn, n = rounds) {
  let b = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

// --- the WASM build
const pkg = join(ROOT, 'extension', 'pkg');
const { mod: { analyze, analyzeCount }, wasm } = await analyzers.newsmark();
const results = { corpus: relative(ROOT, corpusPath), docs: docs.length, mb, machine: `${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}`, date: new Date().toISOString().slice(0, 10), throughput: {} };

// memory first, on a fresh instance: WASM linear memory after 1 and after 1,000 analyses
// (linear memory never shrinks, so this runs before the large scaling inputs)
const mem = () => wasm.memory.buffer.byteLength;
analyze(docs[0]);
const after1 = mem();
for (let i = 0; i < 1000; i++) analyze(docs[i % docs.length]);
const after1000 = mem();
for (let i = 0; i < 1000; i++) analyze(docs[i % docs.length]);
results.memory = { after1, after1000, after2000: mem() };

const wasmMs = best(() => { for (const d of docs) analyze(d); });
results.throughput.wasm = mb / (wasmMs / 1000);
// the core without the JS object, when the build exports it (the shipped build no longer does:
// the size budget)
if (analyzeCount) results.throughput.wasm_core = mb / (best(() => { for (const d of docs) analyzeCount(d); }) / 1000);

// --- native, through the throughput example (same documents)
try {
  execFileSync('cargo', ['build', '--release', '--quiet', '--example', 'throughput'], { cwd: ROOT, stdio: 'inherit' });
  const out = execFileSync(join(ROOT, 'target', 'release', 'examples', 'throughput'), [corpusPath, String(rounds)], { encoding: 'utf8' });
  results.throughput.native = Number(/([\d.]+) MB\/s/.exec(out)[1]);
  results.stages = out.split('\n').slice(1).filter((l) => l.trim()).map((l) => l.trim());
} catch (e) {
  console.error('native build skipped:', e.message);
}

// --- peers, same documents, same process
if (peers) {
  const compromise = await analyzers.compromise();
  const compromiseMs = best(() => { for (const d of docs) compromise.run(d); }, Math.min(rounds, 3));
  results.throughput.compromise = mb / (compromiseMs / 1000);
  const wink = await analyzers.wink();
  // wink-nlp warms up over its first passes (here about 1.1, 2.4, then 3 MB/s): it gets as many
  // passes as Newsmark does, best taken
  const winkMs = best(() => { for (const d of docs) wink.run(d); }, rounds);
  results.throughput.wink = mb / (winkMs / 1000);
}

// --- cold start: each run a fresh process that loads one analyzer and analyzes one document
// twice; the documents are spread over the corpus
if (coldRuns > 0) {
  const median = (xs) => { const v = [...xs].sort((a, b) => a - b); return v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2; };
  const n = Math.min(coldRuns, docs.length);
  const picks = Array.from({ length: n }, (_, i) => Math.floor((i * docs.length) / n));
  results.cold = { runs: picks.length, medianBytes: median(picks.map((i) => Buffer.byteLength(docs[i]))), analyzers: {} };
  for (const who of peers ? ['newsmark', 'wink', 'compromise'] : ['newsmark']) {
    const runs = picks.map((i) => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'tools', 'bench-cold.mjs'), who, corpusPath, String(i)], { cwd: ROOT, encoding: 'utf8' })));
    const total = runs.map((r) => r.load + r.first);
    results.cold.analyzers[who] = { ...Object.fromEntries(['load', 'first', 'second'].map((k) => [k, median(runs.map((r) => r[k]))])), loadFirst: median(total), loadFirstMin: Math.min(...total), loadFirstMax: Math.max(...total) };
  }
}

// --- scaling: one long article made of many (the corpus repeated), cut into inputs of 1 KB to
// maxMb MB. Every size up to 2 MB analyses the same first 2 MB of that text (2,000 inputs of 1 KB,
// 200 of 10 KB, ...), so what changes from row to row is the input's size, not its content.
const all = docs.join('\n\n');
let long = '';
while (long.length < maxMb * 1e6) long += all + '\n\n';
long = long.slice(0, maxMb * 1e6);
const pieces = (size) => {
  const out = [];
  const volume = Math.max(size, Math.min(2e6, long.length));
  for (let at = 0; at < volume && at < long.length;) {
    let end = Math.min(long.length, at + size);
    while (end < long.length && end < at + size * 1.1 && !/\s/.test(long[end])) end++; // cut at a space
    out.push(long.slice(at, end));
    at = end;
  }
  return out;
};
results.scaling = [];
for (let size = 1e3; size <= maxMb * 1e6 * 1.001; size *= 10) {
  const texts = pieces(size);
  const b = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const ms = best(() => { for (const t of texts) analyze(t); }, 3);
  const coreMs = analyzeCount ? best(() => { for (const t of texts) analyzeCount(t); }, 3) : null;
  results.scaling.push({ bytes: size, inputs: texts.length, ms: ms / texts.length, nsPerByte: (ms * 1e6) / b, coreNsPerByte: coreMs == null ? null : (coreMs * 1e6) / b });
}

// --- size of the extension as shipped
function sizes(dir) {
  let raw = 0, gz = 0;
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else { const b = readFileSync(p); raw += b.length; gz += gzipSync(b, { level: 9 }).length; }
    }
  };
  walk(dir);
  return { raw, gz };
}
results.size = { wasmGlue: sizes(pkg), extension: sizes(join(ROOT, 'extension')) };

mkdirSync(join(ROOT, 'target', 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'target', 'bench', 'results.json'), JSON.stringify(results, null, 1));

// --- report
const t = results.throughput;
const f = (x) => (x == null ? '–' : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (x) => (x / 1024).toFixed(0) + ' KB';
const lines = [];
lines.push(`Corpus: ${results.corpus} (${docs.length} documents, ${mb.toFixed(2)} MB). Machine: ${results.machine}.`, '');
lines.push('| analyzer | MB/s | Newsmark WASM is |', '|---|---|---|');
for (const [name, key] of [['Newsmark, WASM in Node (analyze(), object included)', 'wasm'], ['Newsmark, WASM core only (no JS object)', 'wasm_core'], ['Newsmark, native', 'native'], ['wink-nlp 2.4 + wink-eng-lite-web-model (entities)', 'wink'], ['compromise 14 (people, organizations, numbers)', 'compromise']]) {
  if (t[key] == null) continue;
  lines.push(`| ${name} | ${f(t[key])} | ${key.startsWith('wasm') ? '' : (t.wasm / t[key]).toFixed(key === 'native' ? 2 : 0) + '×'} |`);
}
if (results.cold) {
  const c = results.cold;
  lines.push('', `Cold start, median of ${c.runs} fresh processes per analyzer (documents of ${(c.medianBytes / 1e3).toFixed(1)} KB, median):`, '', '| analyzer | load | first analysis | load + first analysis (range) | second analysis |', '|---|---|---|---|---|');
  const ms = (x) => (x >= 10 ? x.toFixed(0) : x.toFixed(1)) + ' ms';
  for (const [name, key] of [['Newsmark (compile and instantiate the WASM)', 'newsmark'], ['wink-nlp (import it and its model)', 'wink'], ['compromise (import it)', 'compromise']]) {
    const a = c.analyzers[key];
    if (a) lines.push(`| ${name} | ${ms(a.load)} | ${ms(a.first)} | ${ms(a.loadFirst)} (${ms(a.loadFirstMin).slice(0, -3)}–${ms(a.loadFirstMax)}) | ${ms(a.second)} |`);
  }
}
lines.push('', '| input | inputs timed | time per input | ns per byte, analyze() | ns per byte, core only |', '|---|---|---|---|---|');
for (const s of results.scaling) lines.push(`| ${s.bytes >= 1e6 ? (s.bytes / 1e6).toFixed(0) + ' MB' : (s.bytes / 1e3).toFixed(0) + ' KB'} | ${s.inputs} | ${s.ms.toFixed(2)} ms | ${s.nsPerByte.toFixed(1)} | ${s.coreNsPerByte.toFixed(1)} |`);
const spread = (xs) => (Math.max(...xs) / Math.min(...xs)).toFixed(2);
lines.push('', `Time per byte, slowest size over fastest: ${spread(results.scaling.map((s) => s.nsPerByte))} with the JS object, ${spread(results.scaling.map((s) => s.coreNsPerByte))} for the core (flat is 1).`);
lines.push('', `WASM memory: ${kb(results.memory.after1)} after 1 analysis, ${kb(results.memory.after1000)} after 1,000, ${kb(results.memory.after2000)} after 2,000.`);
lines.push('', `Shipped WASM + JS glue: ${kb(results.size.wasmGlue.raw)} raw, ${kb(results.size.wasmGlue.gz)} gzipped (budget 200 KB gzipped). Whole extension: ${kb(results.size.extension.raw)} raw, ${kb(results.size.extension.gz)} gzipped file by file.`);
if (results.stages) lines.push('', 'Native time per stage on this corpus:', '', '```', ...results.stages, '```');
console.log(lines.join('\n'));
