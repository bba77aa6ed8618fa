// One cold start, for tools/bench.mjs: in this fresh Node process, load one analyzer (Newsmark:
// compile and instantiate the shipped WASM; wink-nlp: import it and its model; compromise:
// import it), then analyze one document twice. Prints {"load","first","second"} in ms.
//
//   node tools/bench-cold.mjs newsmark|wink|compromise CORPUS.jsonl INDEX
//
// This is what the extension's service worker goes through after Chrome has stopped it (after
// about 30 s idle): the first article it analyzes pays for loading, compiling and warming up.
import { readFileSync } from 'node:fs';
import { analyzers } from './analyzers.mjs';

const [who, corpus, index] = process.argv.slice(2);
const line = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim())[Number(index)];
const text = JSON.parse(line).text;
if (!Object.hasOwn(analyzers, who)) throw new Error(`unknown analyzer ${who}`);

let t0 = performance.now();
const { run } = await analyzers[who]();
const load = performance.now() - t0;
t0 = performance.now();
run(text);
const first = performance.now() - t0;
t0 = performance.now();
run(text);
const second = performance.now() - t0;
console.log(JSON.stringify({ load, first, second }));
