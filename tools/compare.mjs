// Two WASM builds of Newsmark side by side, for a change that should not cost speed (a
// refactor). Within one process the passes over the corpus alternate between the builds, so a
// busy machine slows both alike; the build loaded first runs a few percent faster in V8, so the
// comparison runs in several processes, half of them loading A first and half B first, and the
// ratio is the geometric mean over them. Each build's best pass counts. Also checks that both
// give the same output.
//
//   node tools/compare.mjs DIR_A DIR_B [--corpus FILE.jsonl] [--rounds 9] [--processes 4]
//
// DIR_A and DIR_B each hold newsmark.js and newsmark_bg.wasm (as target/pkg after `./run.sh wasm`;
// build the other commit in a `git worktree`). The default corpus is the benchmark's.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dirs = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--') && args[i - 1] !== '--child'));
if (dirs.length !== 2) {
  console.error('usage: node tools/compare.mjs DIR_A DIR_B [--corpus FILE.jsonl] [--rounds 9] [--processes 4]');
  process.exit(2);
}
const corpus = resolve(opt('--corpus', join(ROOT, 'bench', 'corpus', 'gum_wikinews.jsonl')));
const rounds = Number(opt('--rounds', 9));
const docs = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text).filter(Boolean);
const mb = docs.reduce((a, d) => a + Buffer.byteLength(d), 0) / 1e6;

if (args.includes('--child')) {
  // one process: load both builds in the order given, alternate passes, print the best of each
  const builds = [];
  for (const d of dirs) {
    const mod = await import(join(resolve(d), 'newsmark.js') + `?${builds.length}`);
    mod.initSync({ module: readFileSync(join(resolve(d), 'newsmark_bg.wasm')) });
    builds.push({ analyze: mod.analyze, best: Infinity });
  }
  const same = JSON.stringify(docs.map((t) => builds[0].analyze(t))) === JSON.stringify(docs.map((t) => builds[1].analyze(t)));
  for (let r = 0; r < rounds; r++) {
    for (const b of (r % 2 ? [...builds].reverse() : builds)) {
      const t0 = performance.now();
      for (const t of docs) b.analyze(t);
      b.best = Math.min(b.best, performance.now() - t0);
    }
  }
  console.log(JSON.stringify({ best: builds.map((b) => b.best), same }));
  process.exit(0);
}

const processes = Number(opt('--processes', 4));
const self = fileURLToPath(import.meta.url);
const runs = [];
for (let p = 0; p < processes; p++) {
  const order = p % 2 ? [1, 0] : [0, 1];
  const out = JSON.parse(execFileSync(process.execPath, [self, '--child', dirs[order[0]], dirs[order[1]], '--corpus', corpus, '--rounds', String(rounds)], { encoding: 'utf8' }));
  const best = [];
  order.forEach((b, k) => { best[b] = out.best[k]; });
  runs.push({ best, same: out.same, first: order[0] });
}
const mbs = (ms) => mb / (ms / 1000);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ratio = Math.exp(runs.reduce((a, r) => a + Math.log(r.best[0] / r.best[1]), 0) / runs.length);
console.log(`corpus ${corpus} (${docs.length} documents, ${mb.toFixed(2)} MB), ${processes} processes (half loading each build first), ${rounds} alternating passes each`);
dirs.forEach((d, b) => {
  const bytes = readFileSync(join(d, 'newsmark_bg.wasm'));
  console.log(`  ${d}: ${runs.map((r) => mbs(r.best[b]).toFixed(2) + (r.first === b ? '*' : '')).join(' ')} MB/s (* loaded first; median ${mbs(median(runs.map((r) => r.best[b]))).toFixed(2)}), WASM ${(bytes.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
});
const same = runs.every((r) => r.same);
console.log(`  B / A throughput: ${ratio.toFixed(3)} (geometric mean over the processes); same output: ${same ? 'yes' : 'NO'}`);
if (!same) process.exit(1);
