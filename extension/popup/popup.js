import { renderSummary } from './summary.js';

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
    return await api.tabs.sendMessage(tabId, msg);
  } catch (_) {
    return null;
  }
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
  const toggle = $('toggle');
  toggle.hidden = false;
  if (res.status === 'no-article') {
    $('status').textContent = 'No article found on this page.';
    return;
  }
  if (res.status !== 'ready' || !res.view) {
    $('status').textContent = 'Could not analyse this page' + (res.error ? ': ' + res.error : '.');
    return;
  }
  const v = res.view;
  const n = (count, noun) => `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
  $('status').textContent = [n(v.words, 'word'), n(v.speakers.total, 'speaker'), n(v.statements, 'statement'),
    n(v.organizations.total, 'organization'), n(v.figures.total, 'figure'), `${res.ms.toFixed(0)} ms`].join(' · ');
  renderSummary($('summary'), v, (start, end) => ask(tabId, { type: 'newsmark:reveal', start, end }));
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

load();
