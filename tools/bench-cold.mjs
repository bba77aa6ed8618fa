// One cold start, for tools/bench.mjs: in this fresh Node process, load one analyzer (Newsmark:
// compile and instantiate the shipped WASM; wink-nlp: import it and its model; compromise:
// import it), then analyze one document twice. Prints {"load","first","second"} in ms.
//
//   node tools/bench-cold.mjs newsmark|wink|compromise CORPUS.jsonl INDEX
//
// This is what the extension's service worker goes through after Chrome has stopped it (after
// about 30 s idle): the first article it analyzes pays for loading, compiling and warming up.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [who, corpus, index] = process.argv.slice(2);
const line = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim())[Number(index)];
const text = JSON.parse(line).text;

let t0 = performance.now();
let run;
if (who === 'newsmark') {
  const pkg = join(ROOT, 'extension', 'pkg');
  const { initSync, analyze } = await import(join(pkg, 'newsmark.js'));
  initSync({ module: readFileSync(join(pkg, 'newsmark_bg.wasm')) });
  run = analyze;
} else if (who === 'wink') {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const wink = winkNLP(model);
  run = (d) => wink.readDoc(d).entities().out();
} else if (who === 'compromise') {
  const nlp = (await import('compromise')).default;
  run = (d) => { const doc = nlp(d); doc.people().out('array'); doc.organizations().out('array'); doc.numbers().out('array'); };
} else {
  throw new Error(`unknown analyzer ${who}`);
}
const load = performance.now() - t0;
t0 = performance.now();
run(text);
const first = performance.now() - t0;
t0 = performance.now();
run(text);
const second = performance.now() - t0;
console.log(JSON.stringify({ load, first, second }));
