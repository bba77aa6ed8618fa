// Fails when a budget in ../shared/DESIGN.md is broken: size of the shipped WASM + glue, and
// analyze() throughput under Node. Margins allow for this shared machine's noise.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, 'extension', 'pkg');
let failed = false;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failed = true; };

// size: WASM + JS glue, gzipped
let raw = 0, gz = 0;
for (const f of readdirSync(PKG)) {
  const b = readFileSync(join(PKG, f));
  raw += b.length;
  gz += gzipSync(b, { level: 9 }).length;
}
check(gz <= 200 * 1024, `shipped WASM + glue: ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped (budget 200 KB gzipped)`);

// throughput: the sample article repeated to ~1 MB, best of 5
const { initSync, analyze } = await import(join(PKG, 'newsmark.js'));
initSync({ module: readFileSync(join(PKG, 'newsmark_bg.wasm')) });
const sample = readFileSync(join(ROOT, 'www', 'sample.txt'), 'utf8');
const text = Array.from({ length: Math.ceil(1e6 / sample.length) }, () => sample).join('\n\n');
const bytes = Buffer.byteLength(text);
analyze(text);
let best = Infinity;
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  analyze(text);
  best = Math.min(best, performance.now() - t0);
}
const mbs = bytes / 1e6 / (best / 1000);
// The 20 MB/s budget is not met yet (see docs/BENCHMARKS.md); until it is, this check guards
// against regressions below the floor measured when it was written, with a margin for noise.
const floor = Number(process.env.NEWSMARK_MIN_MBS || 8);
check(mbs >= floor, `analyze() in WASM: ${mbs.toFixed(1)} MB/s on ${(bytes / 1e6).toFixed(2)} MB of the sample article (budget 20 MB/s, not met yet; fails below ${floor} MB/s)`);
process.exit(failed ? 1 : 0);
