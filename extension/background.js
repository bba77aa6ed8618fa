// Newsmark's background: runs the WASM core for content scripts (a page's CSP can forbid
// WebAssembly in content scripts; the extension's own CSP allows it here), and turns keyboard
// commands and context-menu entries into messages to the tab.
// A module service worker in Chrome, a module background script in Firefox.
import init, { analyze, exportAs, anchor, setWatchlist } from './pkg/newsmark.js';

const api = globalThis.browser ?? globalThis.chrome;

/* The watchlist (the options page edits it; storage.local, as 500 items outgrow storage.sync's
 * 8 KB an item): compiled into the core once per change, applied by every analysis. */
/** The items as `setWatchlist` takes them: fields ended by U+0001, items by U+0000 (the strings
 * lose those two characters, which no name or pattern needs). */
const packed = (items) => items.map((i) => [String(i.text ?? ''), i.pattern ? '1' : '0', String(i.group ?? ''), String(i.color ?? '')]
  .map((f) => f.replace(/[\u0000\u0001]/g, '')).join('\u0001') + '\u0000').join('');
const problemsOf = (answer) => answer.split('\u0000').slice(0, -1);
// A content script sends the list it read with the text, so that an analysis uses the list the
// page saw (storage events reach the page and the background in no set order): recompiled only
// when it differs from the one compiled last.
let watchKey = '[]';
let watchProblems = [];
function useWatchlist(list) {
  const items = Array.isArray(list) ? list : [];
  const key = JSON.stringify(items);
  if (key !== watchKey) {
    watchProblems = problemsOf(setWatchlist(packed(items)));
    watchKey = key;
  }
}
// No top-level await in a service worker: start once, await inside the handler.
const ready = init({ module_or_path: new URL('./pkg/newsmark_bg.wasm', import.meta.url) });

/** The metadata a content script sends, as the core's exportAs takes it: seven fields in order,
 * separated by U+0001 (src/wasm.rs, `meta`). */
const packMeta = (m = {}) => ['url', 'title', 'outlet', 'author', 'published', 'accessed', 'language'].map((k) => (m[k] == null ? '' : String(m[k]).replace(/\u0001/g, ' '))).join('\u0001');

/** What the core does for a content script, by message type. Each takes the message and
 * returns the answer (the core never throws on text; a bad format name does). */
const CORE = {
  'newsmark:analyze': (m) => {
    useWatchlist(m.watchlist);
    return { ok: true, analysis: analyze(String(m.text ?? ''), m.lang == null ? undefined : String(m.lang)) };
  },
  'newsmark:core-export': (m) => {
    let data = exportAs(String(m.text ?? ''), String(m.format) + '\u0001' + packMeta(m.meta));
    // as a file, the annotations end their line (as the CLI writes them); a spreadsheet opened on
    // a CSV file reads it as UTF-8 only when it starts with a BOM
    if (m.format === 'annotations') data += '\n';
    if (m.bom && m.format.startsWith('csv')) data = '\uFEFF' + data;
    return { ok: true, data };
  },
  'newsmark:core-cite': (m) => ({ ok: true, text: exportAs(String(m.text ?? ''), 'citation:' + (Number(m.index) >>> 0) + '\u0001' + packMeta(m.meta)) }),
  // the options page: why each item of a list would be refused ("" when it would not)
  'newsmark:watch-check': (m) => {
    useWatchlist(m.items);
    return { ok: true, problems: watchProblems };
  },
  'newsmark:core-anchor': (m) => {
    const text = String(m.text ?? '');
    const spans = (Array.isArray(m.items) ? m.items : []).map((it) => {
      const pos = Number.isInteger(it && it.position) && it.position >= 0 ? it.position : undefined;
      const r = anchor(text, [it && it.exact, it && it.prefix, it && it.suffix].map((x) => String(x || '')).join('\u0000'), pos);
      return r ? [r[0], r[1]] : null;
    });
    return { ok: true, spans };
  },
};

/** The top frame of `tabId` is asked to do `msg`; its answer, or an error. */
async function toTab(tabId, msg) {
  try {
    return await api.tabs.sendMessage(tabId, msg, { frameId: 0 });
  } catch (e) {
    return { ok: false, error: String(e && e.message || e) };
  }
}

const COMMANDS = new Set(['toggle-marks', 'next-quote', 'previous-quote']);
const runCommand = (command, tabId) => toTab(tabId, { type: 'newsmark:command', command });
const MENU = {
  'newsmark-analyse-selection': (tabId) => toTab(tabId, { type: 'newsmark:selection' }),
  'newsmark-copy-quote': (tabId) => toTab(tabId, { type: 'newsmark:cite-at' }),
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg.type !== 'string' || sender.id !== api.runtime.id) return false;
  const core = CORE[msg.type];
  if (core) {
    ready
      .then(() => core(msg))
      .then(sendResponse)
      .catch((e) => sendResponse({ ok: false, error: String(e && e.message || e) }));
    return true; // answer asynchronously
  }
  // the number of watched items a page mentions, on the toolbar button of its tab
  if (msg.type === 'newsmark:badge' && sender.tab) {
    const n = Number(msg.count) || 0;
    api.action.setBadgeText({ tabId: sender.tab.id, text: n ? String(n) : '' });
    if (n) api.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#b91c1c' });
    return false;
  }
  // an extension page (the tests, through one) runs a command or a menu entry as the browser
  // would: the same handlers, for a given tab; content scripts cannot
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(api.runtime.getURL(''));
  if (msg.type === 'newsmark:run' && fromExtensionPage) {
    const run = COMMANDS.has(msg.command) ? runCommand(msg.command, msg.tabId) : MENU[msg.menu] ? MENU[msg.menu](msg.tabId) : null;
    if (!run) return false;
    run.then(sendResponse);
    return true;
  }
  return false;
});

async function activeTab(tab) {
  if (tab && tab.id != null) return tab.id;
  const [t] = await api.tabs.query({ active: true, currentWindow: true });
  return t && t.id;
}

api.commands.onCommand.addListener(async (command, tab) => {
  if (COMMANDS.has(command)) runCommand(command, await activeTab(tab));
});

// Context-menu entries: made again when the extension is installed or the browser starts (a
// non-persistent background does not keep them in every browser).
async function makeMenus() {
  await api.contextMenus.removeAll();
  const pages = ['http://*/*', 'https://*/*'];
  api.contextMenus.create({ id: 'newsmark-analyse-selection', title: 'Newsmark: analyse the selection', contexts: ['selection'], documentUrlPatterns: pages });
  api.contextMenus.create({ id: 'newsmark-copy-quote', title: 'Newsmark: copy this quote with its citation', contexts: ['page', 'selection'], documentUrlPatterns: pages });
}
api.runtime.onInstalled.addListener(makeMenus);
api.runtime.onStartup.addListener(makeMenus);
api.contextMenus.onClicked.addListener(async (info, tab) => {
  const run = MENU[info.menuItemId];
  if (run) run(await activeTab(tab));
});
