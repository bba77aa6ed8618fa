import { languageNote, renderSummary, statusLine } from './summary.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

async function targetTab() {
  // Tests open the popup as a tab and pass the page's tab id.
  const q = new URLSearchParams(location.search).get('tab');
  if (q) return Number(q);
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab && tab.id;
}

async function ask(tabId, msg) {
  try {
    return await api.tabs.sendMessage(tabId, msg, { frameId: 0 });
  } catch (_) {
    return null;
  }
}

/** Puts `text` on the clipboard; true when it is there. */
async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (_) {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (_) { ok = false; }
    area.remove();
    return ok;
  }
}

const EXT = { markdown: 'md', csv: 'csv', 'csv-figures': 'figures.csv', annotations: 'annotations.json' };
const TYPE = { markdown: 'text/markdown', csv: 'text/csv', 'csv-figures': 'text/csv', annotations: 'application/ld+json' };

/** "newsmark-example.com-2026-12-05.md": where it came from and when, safe as a file name. */
function fileName(site, format) {
  const host = (site || 'page').replace(/[^A-Za-z0-9.-]+/g, '-').slice(0, 60);
  return `newsmark-${host}-${new Date().toISOString().slice(0, 10)}.${EXT[format]}`;
}

function download(data, name, type) {
  const url = URL.createObjectURL(new Blob([data], { type: type + ';charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The items of an annotations file (Newsmark's, or any W3C Web Annotation JSON with text quote
 * selectors): what the content script needs to find each again. */
export function annotationItems(json) {
  const list = Array.isArray(json) ? json : Array.isArray(json.items) ? json.items : Array.isArray(json.first?.items) ? json.first.items : [json];
  const items = [];
  for (const a of list) {
    const targets = Array.isArray(a?.target) ? a.target : [a?.target];
    for (const t of targets) {
      const sels = Array.isArray(t?.selector) ? t.selector : [t?.selector];
      const quote = sels.find((s) => s && s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
      if (!quote) continue;
      const pos = sels.find((s) => s && s.type === 'TextPositionSelector' && Number.isInteger(s.start));
      items.push({ exact: quote.exact, prefix: quote.prefix || '', suffix: quote.suffix || '', position: pos ? pos.start : undefined, source: t.source || null });
      break;
    }
  }
  return items;
}

function setupExport(tabId, site) {
  const status = $('export-status');
  for (const b of document.querySelectorAll('#export button[data-format]')) {
    b.addEventListener('click', async () => {
      const format = b.dataset.format;
      const res = await ask(tabId, { type: 'newsmark:export', format, bom: $('bom').checked });
      if (!res || !res.ok) { status.textContent = 'Could not export: ' + (res ? res.error : 'the page did not answer'); return; }
      if (b.dataset.act === 'copy') status.textContent = (await copy(res.data)) ? 'Copied to the clipboard.' : 'The browser refused the clipboard; use Download.';
      else { download(res.data, fileName(site, format), TYPE[format]); status.textContent = 'Downloaded ' + fileName(site, format) + '.'; }
    });
  }
  $('import').addEventListener('change', async (e) => {
    const file = e.target.files && e.target.files[0];
    if (!file) return;
    let items;
    try {
      items = annotationItems(JSON.parse(await file.text()));
    } catch (err) {
      status.textContent = 'Not an annotations file: ' + err.message;
      return;
    }
    const res = await ask(tabId, { type: 'newsmark:anchor', items });
    if (!res || !res.ok) { status.textContent = 'Could not show the items: ' + (res ? res.error : 'the page did not answer'); return; }
    status.textContent = `Found ${res.found} of ${res.total} item${res.total === 1 ? '' : 's'} on this page; they are marked in pink.`;
  });
}

async function setupSite(tabId, res) {
  if (!res.site) return;
  $('site-row').hidden = false;
  $('site-name').textContent = res.site;
  const box = $('site');
  box.checked = !res.siteOff;
  box.addEventListener('change', async () => {
    const { disabledSites = [] } = await api.storage.sync.get({ disabledSites: [] });
    const others = disabledSites.filter((s) => s !== res.site);
    await api.storage.sync.set({ disabledSites: box.checked ? others : [...others, res.site] });
    if (!box.checked) {
      $('summary').replaceChildren();
      $('export').hidden = true;
      $('toggle').hidden = true;
      $('status').textContent = `Marking is off on ${res.site}.`;
    } else {
      $('status').textContent = 'Marking…';
      await ask(tabId, { type: 'newsmark:mark' });
      show(tabId, await ask(tabId, { type: 'newsmark:summary' }));
    }
  });
}

function show(tabId, res) {
  const toggle = $('toggle');
  if (res.status === 'off') {
    $('status').textContent = `Marking is off on ${res.site}.`;
    return;
  }
  toggle.hidden = false;
  if (res.status === 'no-article') {
    $('status').textContent = 'No article found on this page. Select its text and choose “Newsmark: analyse the selection” from the context menu.';
    return;
  }
  if (res.status !== 'ready' || !res.view) {
    $('status').textContent = 'Could not analyse this page' + (res.error ? ': ' + res.error : '.');
    return;
  }
  $('status').textContent = (res.source === 'selection' ? 'The selection: ' : '') + statusLine(res.view, res.ms);
  const note = languageNote(res.view);
  $('language-note').hidden = !note;
  $('language-note').textContent = note || '';
  renderSummary($('summary'), res.view, (start, end) => ask(tabId, { type: 'newsmark:reveal', start, end }), async (index) => {
    const cite = await ask(tabId, { type: 'newsmark:cite', index });
    if (!cite || !cite.ok) return 'Failed';
    return (await copy(cite.text)) ? 'Copied' : 'Failed';
  });
  $('export').hidden = false;
  toggle.textContent = 'Hide marks';
  toggle.onclick = async () => {
    if (toggle.textContent === 'Hide marks') {
      await ask(tabId, { type: 'newsmark:clear' });
      toggle.textContent = 'Show marks';
    } else {
      await ask(tabId, { type: 'newsmark:mark' });
      toggle.textContent = 'Hide marks';
    }
  };
}

async function load() {
  const tabId = await targetTab();
  let res = await ask(tabId, { type: 'newsmark:summary' });
  if (!res) {
    $('status').textContent = 'Newsmark cannot read this page (browser pages and the web store are off limits).';
    return;
  }
  if (res.status === 'idle' || res.status === 'cleared' || res.status === 'working') {
    $('status').textContent = 'Marking…';
    await ask(tabId, { type: 'newsmark:mark' });
    res = await ask(tabId, { type: 'newsmark:summary' });
  }
  if (res.status === 'self') {
    $('status').textContent = 'This page marks its own text with Newsmark (the demo), so the extension leaves it alone.';
    return;
  }
  setupSite(tabId, res);
  setupExport(tabId, res.site);
  $('export').hidden = res.status !== 'ready';
  show(tabId, res);
}

load();
