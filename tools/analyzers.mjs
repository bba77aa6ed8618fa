// The analyzers the benchmark compares, loaded the same way by tools/bench.mjs (warm passes in
// one process) and tools/bench-cold.mjs (one cold start per process), so both time the same work.
// Each loader resolves to { run(text) } and, for Newsmark, the WASM module's exports and instance.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const analyzers = {
  /** Newsmark: the shipped WASM build, compiled and instantiated. */
  async newsmark() {
    const pkg = join(ROOT, 'extension', 'pkg');
    const mod = await import(join(pkg, 'newsmark.js'));
    const wasm = mod.initSync({ module: readFileSync(join(pkg, 'newsmark_bg.wasm')) });
    return { run: mod.analyze, mod, wasm };
  },
  /** wink-nlp with wink-eng-lite-web-model: entities. */
  async wink() {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    return { run: (d) => nlp.readDoc(d).entities().out() };
  },
  /** compromise: people, organizations, numbers. */
  async compromise() {
    const nlp = (await import('compromise')).default;
    return { run: (d) => { const doc = nlp(d); doc.people().out('array'); doc.organizations().out('array'); doc.numbers().out('array'); } };
  },
};
