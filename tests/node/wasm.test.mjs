// The real WASM build (extension/pkg) under Node: the API the extension and the demo rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { initSync, analyze } = await import(join(ROOT, 'extension', 'pkg', 'newsmark.js'));
initSync({ module: readFileSync(join(ROOT, 'extension', 'pkg', 'newsmark_bg.wasm')) });
const SEED = join(ROOT, '..', 'shared', 'seed', 'article.txt');

test('analyze returns a plain schemaVersion 1 object', () => {
  const a = analyze('“We will rebuild,” Prime Minister Jane Doe said on Tuesday.');
  assert.equal(a.schemaVersion, 1);
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  assert.ok(Array.isArray(a.mentions) && Array.isArray(a.entities) && Array.isArray(a.quotes));
  assert.equal(a.quotes[0].speaker.name, 'Jane Doe');
  assert.equal(a.quotes[0].cue.text, 'said');
  assert.equal(a.language, 'en');
  // survives structured cloning (extension messaging)
  assert.deepEqual(structuredClone(a), a);
});

test('offsets are UTF-16 code units that index the JS string', () => {
  const text = '😀 “Prices rose 5%,” said Ana María Núñez of the Central Bank of Chile in Santiago. 🎉 Total: €3.5bn.';
  const a = analyze(text);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text, JSON.stringify(m));
  for (const q of a.quotes) {
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
  }
  const money = a.mentions.find((m) => m.text === '€3.5bn');
  assert.deepEqual(money.figure, { kind: 'money', value: 3500000000, unit: 'EUR' });
  // every name and figure says how far its kind of mark can be trusted
  for (const m of a.mentions) assert.ok(m.confidence > 0 && m.confidence < 1, JSON.stringify(m));
});

test('odd input never throws', () => {
  for (const t of ['', ' ', '“', '”””', '\u0000\uffff', 'a'.repeat(100000), '\ud800', '$', '5-', 'Mr.', '‘’‘’']) {
    const a = analyze(t);
    assert.equal(a.schemaVersion, 1);
  }
});

test('the project\'s sample article: both speakers with their roles, the figures with their values', () => {
  const text = readFileSync(join(ROOT, 'www', 'sample.txt'), 'utf8');
  const a = analyze(text);
  const speakers = a.summary.speakers.map((s) => s.name);
  assert.deepEqual(speakers.slice(0, 2), ['Rami Al-Khatib', 'Yousef bin Nasser Al-Hamdan']);
  assert.equal(a.summary.speakers[0].role, 'Jordanian government spokesperson');
  const fig = a.mentions.find((m) => m.text === '$1.3 billion');
  assert.deepEqual(fig.figure, { kind: 'money', value: 1300000000, unit: 'USD' });
  assert.equal(text.slice(fig.start, fig.end), '$1.3 billion');
  const range = a.mentions.find((m) => m.text === 'between $400 million and $500 million');
  assert.deepEqual(range.figure, { kind: 'money', low: 400000000, high: 500000000, unit: 'USD' });
});

test('the seed article (../shared/seed, when it is beside the checkout): both speakers with their quotes', { skip: !existsSync(SEED) && 'skipped: ../shared/seed is not here' }, () => {
  const text = readFileSync(SEED, 'utf8');
  const a = analyze(text);
  const speakers = a.summary.speakers.map((s) => s.name);
  assert.deepEqual(speakers.slice(0, 2), ['Basem Al-Awadi', 'Mohammed Shia Al-Sudani']);
  assert.equal(a.summary.speakers[0].role, 'Iraqi government spokesperson');
  const fig = a.mentions.find((m) => m.text === '$2.08 billion');
  assert.deepEqual(fig.figure, { kind: 'money', value: 2080000000, unit: 'USD' });
  assert.equal(text.slice(fig.start, fig.end), '$2.08 billion');
});

// The WASM build packs the Analysis and src/js/decode.js rebuilds it in JS: the object must be
// exactly what the CLI prints, key order included.
const CLI = join(ROOT, 'target', 'release', 'newsmark');
test('analyze() gives exactly the CLI\'s Analysis', { skip: !existsSync(CLI) && 'no native build' }, async () => {
  const { execFileSync } = await import('node:child_process');
  const sample = join(ROOT, 'www', 'sample.txt');
  const cli = execFileSync(CLI, ['--json', sample], { encoding: 'utf8' }).trim();
  assert.equal(JSON.stringify(analyze(readFileSync(sample, 'utf8')), null, 2), cli);
  // every document of the benchmark corpus, compared as values
  const corpus = join(ROOT, 'bench', 'corpus', 'gum_wikinews.jsonl');
  const lines = execFileSync(CLI, ['--jsonl', corpus], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n');
  const docs = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, docs.length);
  let figures = 0;
  docs.forEach((d, k) => {
    const want = JSON.parse(lines[k]);
    delete want.id;
    const got = analyze(d.text);
    figures += got.mentions.filter((m) => m.figure).length;
    assert.deepStrictEqual(got, want, d.id);
  });
  assert.ok(figures > 100);
  // a statement at second hand says so, in both
  const relayed = 'Jane Doe said the plan had failed, according to press reports.';
  const want = JSON.parse(execFileSync(CLI, ['--json', '-'], { input: relayed, encoding: 'utf8' }));
  assert.equal(want.quotes[0].relayed, true);
  assert.deepStrictEqual(analyze(relayed), want);
});

test('a text in another language: its figures only, exactly as the CLI gives them', { skip: !existsSync(CLI) && 'no native build' }, async () => {
  const { execFileSync } = await import('node:child_process');
  const fr = '« Nous ne laisserons pas supprimer 900 emplois », a déclaré Marc Le Goff. Le vote : 2 209 voix, soit 55,8 %.';
  for (const [lang, args] of [[undefined, []], ['fr-CA', ['--lang', 'fr-CA']]]) {
    const a = analyze(fr, lang);
    assert.equal(a.language, 'fr');
    assert.equal(a.figuresOnly, true);
    assert.deepEqual(a.mentions.map((m) => m.text), ['900', '2 209', '55,8 %']);
    assert.equal(JSON.stringify(a, null, 2), execFileSync(CLI, ['--json', ...args, '-'], { input: fr, encoding: 'utf8' }).trim());
  }
  // an English text under a page's lang="en": every stage
  assert.equal(analyze('“The plan is ready,” Jane Doe said.', 'en').quotes[0].speaker.name, 'Jane Doe');
});

// Short texts are analysed in a bump arena that is reset after each call (src/arena.rs); long ones
// bypass it. Interleaving both must never change a result.
test('results do not depend on what was analysed before', () => {
  const sample = readFileSync(join(ROOT, 'www', 'sample.txt'), 'utf8');
  const long = Array.from({ length: 40 }, () => sample).join('\n\n'); // ~36 KB, past the arena
  const first = JSON.stringify(analyze(sample));
  const firstLong = JSON.stringify(analyze(long));
  for (let i = 0; i < 20; i++) {
    assert.equal(JSON.stringify(analyze(i % 3 ? sample : long)), i % 3 ? first : firstLong);
    analyze(sample.slice(0, 100 + i * 37));
  }
});

// The exports: the extension's bytes are the CLI's, for the same text and metadata.
const { exportAs, anchor } = await import(join(ROOT, 'extension', 'pkg', 'newsmark.js'));
const pack = (...meta) => meta.map((x) => x ?? '').join('\u0001');
// a TextQuoteSelector as anchor() takes it: exact, prefix and suffix, separated by U+0000
const selector = (q) => [q.exact, q.prefix, q.suffix].join('\u0000');
const citation = (text, index, ...meta) => exportAs(text, pack('citation:' + index, ...meta));
const META = ['https://news.example/jordan', 'Jordan keeps its distance', 'Wire', 'R. Haddad', '2024-10-26', '2026-12-04'];

test('exportAs() writes what the CLI\'s --format writes', { skip: !existsSync(CLI) && 'no native build' }, async () => {
  const { execFileSync } = await import('node:child_process');
  const sample = join(ROOT, 'www', 'sample.txt');
  const text = readFileSync(sample, 'utf8');
  // the CLI takes the title, outlet, author and date from HTML; give it the same as a page
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const page = join(mkdtempSync(join(tmpdir(), 'nm-')), 'a.txt');
  writeFileSync(page, text);
  for (const format of ['markdown', 'csv', 'csv-figures', 'annotations']) {
    const cli = execFileSync(CLI, ['--format', format, '--url', META[0], '--accessed', META[5], page], { encoding: 'utf8' });
    const wasm = exportAs(text, pack(format, META[0], null, null, null, null, META[5]));
    assert.equal(wasm + (format === 'annotations' ? '\n' : ''), cli, format);
  }
  assert.throws(() => exportAs(text, 'pdf'), /unknown format "pdf"/);
});

test('annotations anchor again, and a citation links to its quote', () => {
  const text = readFileSync(join(ROOT, 'www', 'sample.txt'), 'utf8');
  const col = JSON.parse(exportAs(text, pack('annotations', ...META)));
  assert.equal(col.generator.schema, 'newsmark-annotations/1');
  const a = analyze(text);
  const quotes = col.first.items.filter((i) => i.body.kind === 'quote');
  assert.equal(quotes.length, a.quotes.length);
  const edited = 'A new paragraph.\n\n' + text.replace('AMMAN', 'AMMAN, Jordan');
  for (const item of col.first.items) {
    const [q, p] = item.target.selector;
    assert.deepEqual(anchor(text, selector(q), p.start), Uint32Array.from([p.start, p.end]));
    const [s, e] = anchor(edited, selector(q), p.start);
    assert.equal(edited.slice(s, e), q.exact);
  }
  assert.equal(anchor(text, 'not in the text at all\u0000\u0000', 0), undefined);
  const c = citation(text, a.summary.speakers[0].quotes[1], ...META);
  assert.match(c, /^“The state has more than one way .*” — Rami Al-Khatib, Jordanian government spokesperson \(Wire, 2024-10-26\)\nhttps:\/\/news\.example\/jordan#:~:text=The%20state%20has%20more%20than,them%20are%20on%20the%20table%2C$/);
});

test('the options page reads and writes a watchlist file as the CLI does (tests/fixtures/watchlist.*)', async () => {
  const { parseList, writeList } = await import(join(ROOT, 'extension', 'options', 'watchlist.js'));
  const file = readFileSync(join(ROOT, 'tests', 'fixtures', 'watchlist.txt'), 'utf8');
  const want = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'watchlist.json'), 'utf8'));
  const items = parseList(file);
  assert.deepEqual(items, want);
  assert.deepEqual(parseList(writeList(items)), items);
});
