// The demo: the same WASM build and the same painter as the extension, on a pasted article.
import init, { analyze, exportAs } from './pkg/newsmark.js';
import { renderSummary } from './lib/summary.js';

const NM = globalThis.Newsmark;
const $ = (id) => document.getElementById(id);
let handle = null;

function articleDom(text) {
  const root = $('article');
  root.replaceChildren();
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  paras.forEach((p, i) => {
    const el = document.createElement(i === 1 && paras.length > 2 ? 'h1' : 'p');
    if (i === 0 && paras.length > 2 && p.length < 60) el.className = 'kicker';
    el.textContent = p;
    root.append(el);
  });
  return root;
}

function run(text) {
  const t0 = performance.now();
  if (handle) handle.clear();
  const root = articleDom(text);
  const collected = NM.collect([root]);
  const analysis = analyze(collected.text);
  handle = NM.paint(analysis, collected);
  const ms = performance.now() - t0;
  // "Copy" beside a statement: the quote with its citation, the demo page as its source
  const copy = async (index) => {
    const cite = exportAs(collected.text, ['citation:' + index, location.href.split('#')[0], document.title, 'Newsmark demo', '', '', new Date().toISOString().slice(0, 10), ''].join('\u0001'));
    try {
      await navigator.clipboard.writeText(cite);
      return 'Copied';
    } catch (_) {
      return 'Failed';
    }
  };
  renderSummary($('summary'), NM.summaryView(analysis, collected.text), (s, e) => handle.reveal(s, e), copy);
  const words = collected.text.split(/\s+/).filter(Boolean).length;
  $('timing').textContent = `${words.toLocaleString()} words marked in ${ms.toFixed(1)} ms, in your browser`;
  document.documentElement.dataset.newsmark = 'ready';
  globalThis.newsmarkAnalysis = analysis;
}

await init({ module_or_path: new URL('./pkg/newsmark_bg.wasm', import.meta.url) });
const r = await fetch('sample.txt').catch(() => null);
const text = r && r.ok ? await r.text() : '';
$('input').value = text;
run(text);
$('analyze').addEventListener('click', () => run($('input').value));
