// Two WASM builds of Newsmark side by side in one process, for a change that should not cost
// speed (a refactor): passes over the same corpus alternate between the builds, so a busy machine
// slows both alike; each build's best pass counts. Also checks that both give the same output.
//
//   node tools/compare.mjs DIR_A DIR_B [--corpus FILE.jsonl] [--rounds 15]
//
// DIR_A and DIR_B each hold newsmark.js and newsmark_bg.wasm (as target/pkg after `./run.sh wasm`;
// build the other commit in a `git worktree`). The default corpus is the benchmark's.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dirs = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (dirs.length !== 2) {
  console.error('usage: node tools/compare.mjs DIR_A DIR_B [--corpus FILE.jsonl] [--rounds 15]');
  process.exit(2);
}
const corpus = opt('--corpus', join(ROOT, 'bench', 'corpus', 'gum_wikinews.jsonl'));
const rounds = Number(opt('--rounds', 15));
const docs = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text).filter(Boolean);
const mb = docs.reduce((a, d) => a + Buffer.byteLength(d), 0) / 1e6;

const builds = [];
for (const d of dirs) {
  const dir = resolve(d);
  const mod = await import(join(dir, 'newsmark.js') + `?${builds.length}`);
  const bytes = readFileSync(join(dir, 'newsmark_bg.wasm'));
  mod.initSync({ module: bytes });
  builds.push({ dir: d, analyze: mod.analyze, best: Infinity, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
}
const outputs = builds.map((b) => JSON.stringify(docs.map((t) => b.analyze(t))));
const same = outputs[0] === outputs[1];
for (let r = 0; r < rounds; r++) {
  for (const b of (r % 2 ? [...builds].reverse() : builds)) {
    const t0 = performance.now();
    for (const t of docs) b.analyze(t);
    b.best = Math.min(b.best, performance.now() - t0);
  }
}
console.log(`corpus ${corpus} (${docs.length} documents, ${mb.toFixed(2)} MB), ${rounds} alternating passes each, best pass`);
for (const b of builds) console.log(`  ${b.dir}: ${(mb / (b.best / 1000)).toFixed(2)} MB/s, WASM ${(b.raw / 1024).toFixed(1)} KB raw, ${(b.gz / 1024).toFixed(1)} KB gzipped`);
console.log(`  B / A throughput: ${(builds[0].best / builds[1].best).toFixed(3)}; same output: ${same ? 'yes' : 'NO'}`);
if (!same) process.exit(1);
