/* Newsmark's content script: finds the article, has the extension context analyse its text
 * (WASM runs there, so pages whose CSP forbids WebAssembly are marked too), paints the result,
 * and answers the popup. */
(() => {
  'use strict';
  // Frames: the content script runs in every frame. A frame of the page's own origin (a story
  // served in an iframe) is marked like a page; a frame of another origin (ads, embedded players,
  // other sites' widgets) is left alone, and nothing of it is read.
  const top = window === window.top;
  let sameOrigin = top;
  if (!top) {
    try {
      sameOrigin = window.top.location.origin === location.origin;
    } catch (_) {
      sameOrigin = false;
    }
  }
  if (!sameOrigin) return;
  const api = globalThis.browser ?? globalThis.chrome;
  const NM = globalThis.Newsmark;
  const DEFAULTS = { autoMark: true, disabledSites: [], kinds: { quote: true, speaker: true, person: true, organization: true, place: false, figure: true, confident: false } };
  const root = document.documentElement;
  // `source`: what was analysed, the article found on the page or the reader's selection
  const state = { status: 'idle', analysis: null, collected: null, handle: null, ms: null, error: null, source: 'article' };
  /** The site as the per-site switch names it: the page's host name. */
  const site = location.hostname;
  const siteOff = (o) => Array.isArray(o.disabledSites) && o.disabledSites.includes(site);

  async function options() {
    try {
      const o = await api.storage.sync.get(DEFAULTS);
      return { ...DEFAULTS, ...o, kinds: { ...DEFAULTS.kinds, ...(o.kinds || {}) } };
    } catch (_) {
      return DEFAULTS;
    }
  }
  /** The watchlist the options page keeps (storage.local: a long list outgrows storage.sync). */
  async function watchlist() {
    try {
      const { watchlist: w = [] } = await api.storage.local.get({ watchlist: [] });
      return Array.isArray(w) ? w : [];
    } catch (_) {
      return [];
    }
  }

  // A page can render its article again while it is analysed or after it is marked (frameworks
  // that hydrate or re-render put the same text in new nodes). Marks are ranges over the nodes
  // that were collected, so once those nodes leave the document the marks are gone with them.
  const live = (collected) => collected.segs.every((s) => s.node.isConnected);

  // A page that marks its own text with Newsmark (the demo, www/) says so in
  // <meta name="newsmark" content="marks-itself">: both would paint the same highlights.
  const selfMarking = !!document.querySelector('meta[name="newsmark"][content="marks-itself"]');
  if (selfMarking) state.status = 'self';

  // "Hide marks" while a marking runs: that marking paints nothing
  let generation = 0;

  function clear() {
    if (selfMarking) return;
    generation++;
    if (state.handle) state.handle.clear();
    state.handle = null;
    clearAnchored();
    NM.silence();
    delete root.dataset.newsmark;
    delete root.dataset.newsmarkMs;
    state.status = 'cleared';
    badge();
  }

  /** Shows `analysis` of `collected` (from the article or the reader's selection): the new marks
   * replace the old ones in one step. */
  function adopt(analysis, collected, kinds, source, t0) {
    const previous = state.handle;
    state.analysis = analysis;
    state.collected = collected;
    state.source = source;
    quoteCursor = -1;
    state.handle = NM.paint(analysis, collected, { kinds });
    if (previous) previous.clear(state.handle.registered);
    state.ms = performance.now() - t0;
    state.status = 'ready';
    badge();
    lastText = collected.text;
    root.dataset.newsmark = 'ready';
  }

  /** The toolbar button shows how many watched items the page mentions (none: no badge). */
  function badge() {
    if (!top) return;
    const n = state.status === 'ready' && state.analysis && state.analysis.summary.watch ? state.analysis.summary.watch.length : 0;
    api.runtime.sendMessage({ type: 'newsmark:badge', count: n }).catch(() => {});
  }

  let anchored = null;
  function clearAnchored() {
    if (anchored) anchored.clear();
    anchored = null;
  }

  // One marking at a time: a request to mark while one runs waits for it.
  let marking = Promise.resolve();
  function mark() {
    const t0 = performance.now();
    marking = marking.then(() => markOnce(t0, 0)).then(afterMark, afterMark);
    return marking;
  }

  /** Removes the marks on the page (the article is gone, or could not be analysed). */
  function dropMarks() {
    if (state.handle) state.handle.clear();
    state.handle = null;
  }

  // The marks on the page stay while the text is analysed again, and the new ones replace them
  // in one step: the page never shows fewer marks than before during a re-mark.
  async function markOnce(t0, tries) {
    if (selfMarking) return;
    const gen = generation;
    lastText = '';
    delete root.dataset.newsmark;
    delete root.dataset.newsmarkMs;
    state.status = 'working';
    const found = NM.findArticle(document);
    if (!found) {
      dropMarks();
      state.status = 'no-article';
      root.dataset.newsmark = 'no-article';
      return;
    }
    const collected = NM.collect(found.roots, { exclude: found.exclude });
    collected.lang = NM.languageOf(found.roots[found.roots.length - 1]);
    // the options are read while the text is analysed, not after
    const opts = options();
    let res;
    try {
      res = await api.runtime.sendMessage({ type: 'newsmark:analyze', text: collected.text, lang: collected.lang, watchlist: await watchlist() });
    } catch (e) {
      res = { ok: false, error: String(e && e.message || e) };
    }
    if (gen !== generation) return;
    if (!res || !res.ok) {
      dropMarks();
      state.status = 'error';
      state.error = res ? res.error : 'no answer from the extension';
      root.dataset.newsmark = 'error';
      return;
    }
    const { kinds } = await opts;
    // the page replaced the text while it was analysed: collect it again (twice at most; a page
    // that goes on replacing it is marked again by the watcher below once it is quiet)
    if (!live(collected) && tries < 2) return markOnce(t0, tries + 1);
    adopt(res.analysis, collected, kinds, 'article', t0);
    root.dataset.newsmarkMs = state.ms.toFixed(1);
    root.dataset.newsmarkRuns = String(Number(root.dataset.newsmarkRuns || 0) + 1);
  }

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (!msg || typeof msg.type !== 'string' || !msg.type.startsWith('newsmark:')) return false;
    // a message to the tab reaches every frame: frames follow "mark" and "Hide marks", and only
    // the page itself answers (the popup summarises the page's own story)
    if (!top) {
      if (msg.type === 'newsmark:clear') clear();
      else if (msg.type === 'newsmark:mark') mark();
      return false;
    }
    const reply = (p) => { p.then(sendResponse, (e) => sendResponse({ ok: false, error: String(e && e.message || e) })); return true; };
    switch (msg.type) {
      case 'newsmark:summary':
        // what the popup shows, bounded (not the Analysis and the text: tens of MB on a big page)
        options().then((o) => sendResponse({
          status: state.status, error: state.error, ms: state.ms, title: document.title, url: location.href,
          site, siteOff: siteOff(o), source: state.source,
          view: state.analysis ? NM.summaryView(state.analysis, state.collected.text) : null,
        }));
        return true;
      case 'newsmark:text':
        // the text that was analysed (for the tests, and for a reader who copies it)
        sendResponse({ text: state.collected ? state.collected.text : '' });
        return false;
      case 'newsmark:meta':
        sendResponse(NM.pageMeta(document));
        return false;
      case 'newsmark:reveal':
        sendResponse({ ok: !!(state.handle && state.handle.reveal(msg.start, msg.end)) });
        return false;
      case 'newsmark:clear':
        clear();
        sendResponse({ ok: true });
        return false;
      case 'newsmark:mark':
        mark().then(() => sendResponse({ ok: state.status === 'ready', status: state.status }));
        return true;
      case 'newsmark:export':
        return reply(core({ type: 'newsmark:core-export', format: String(msg.format), bom: !!msg.bom }));
      case 'newsmark:cite':
        return reply(core({ type: 'newsmark:core-cite', index: Number(msg.index) }));
      case 'newsmark:cite-at':
        return reply(citeAtMenu());
      case 'newsmark:anchor':
        return reply(showAnchored(msg.items));
      case 'newsmark:command':
        return reply(command(String(msg.command)));
      case 'newsmark:selection':
        return reply(markSelection());
      default:
        return false;
    }
  });

  /** Asks the extension's core for an export, a citation or re-anchored spans, over the text that
   * was analysed and this page's metadata. */
  async function core(msg) {
    if (!state.collected) return { ok: false, error: 'nothing analysed on this page yet' };
    // the export analyses the text again: in the language the marks were made in
    return api.runtime.sendMessage({ ...msg, text: state.collected.text, meta: { ...NM.pageMeta(document), language: state.collected.lang } });
  }

  /* "Copy the quote with its citation" from the context menu: the quote under the point where the
   * menu was opened. */
  let menuPoint = null;
  document.addEventListener('contextmenu', (e) => { menuPoint = { x: e.clientX, y: e.clientY }; }, { capture: true, passive: true });
  async function citeAtMenu() {
    const q = menuPoint && state.handle ? state.handle.quoteAtPoint(menuPoint.x, menuPoint.y) : null;
    if (!q) {
      NM.announce('No quote here to copy.');
      return { ok: false, error: 'no quote at that point' };
    }
    const res = await core({ type: 'newsmark:core-cite', index: state.analysis.quotes.indexOf(q) });
    if (!res || !res.ok) return res;
    const copied = await copyText(res.text);
    NM.announce(copied ? 'Quote copied with its citation.' : 'Could not copy the quote.');
    return { ...res, copied };
  }

  /** Puts `text` on the clipboard: the Clipboard API, else a copy command on a selection made
   * inside a closed-off element of our own. */
  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (_) {
      const host = document.createElement('newsmark-live');
      const shadow = host.attachShadow({ mode: 'open' });
      const area = document.createElement('textarea');
      area.value = text;
      shadow.append(area);
      document.documentElement.append(host);
      area.select();
      let ok = false;
      try { ok = document.execCommand('copy'); } catch (_) { ok = false; }
      host.remove();
      return ok;
    }
  }

  /** Finds items of an annotations file again on this page and marks them. */
  async function showAnchored(items) {
    if (!Array.isArray(items)) return { ok: false, error: 'no items' };
    const res = await core({ type: 'newsmark:core-anchor', items: items.slice(0, 5000) });
    if (!res || !res.ok) return res;
    clearAnchored();
    anchored = NM.paintAnchored(state.collected, res.spans.filter(Boolean));
    const first = res.spans.find(Boolean);
    if (first && state.handle) state.handle.reveal(first[0], first[1]);
    return { ok: true, found: res.spans.filter(Boolean).length, total: items.length, spans: res.spans };
  }

  /* Keyboard commands (manifest "commands"): toggle the marks, walk the quotes in reading order. */
  let quoteCursor = -1;
  async function command(name) {
    if (name === 'toggle-marks') {
      if (state.handle) { clear(); NM.announce('Newsmark marks hidden.'); return { ok: true, marks: false }; }
      await mark();
      NM.announce(state.status === 'ready' ? 'Newsmark marks shown.' : 'No article found to mark.');
      return { ok: state.status === 'ready', marks: state.status === 'ready' };
    }
    if (name !== 'next-quote' && name !== 'previous-quote') return { ok: false, error: 'unknown command' };
    if (!state.handle) await mark();
    if (!state.handle || !state.analysis.quotes.length) {
      NM.announce('No quotes marked on this page.');
      return { ok: false, error: 'no quotes' };
    }
    const order = state.analysis.quotes.map((q, i) => [q.start, i]).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
    const n = order.length;
    quoteCursor = name === 'next-quote' ? (quoteCursor + 1) % n : (quoteCursor <= 0 ? n - 1 : quoteCursor - 1);
    const index = order[quoteCursor];
    const q = state.analysis.quotes[index];
    state.handle.reveal(q.start, q.end, true);
    const who = q.speaker ? (q.speaker.name || q.speaker.text) : 'speaker unknown';
    NM.announce(`Quote ${quoteCursor + 1} of ${n}: ${who}. ${state.collected.text.slice(q.start, Math.min(q.end, q.start + 300))}`);
    return { ok: true, index, position: quoteCursor + 1, of: n };
  }

  /** Analyses and marks the reader's selection (the context menu's "Analyse the selection"). */
  async function markSelection() {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return { ok: false, error: 'nothing selected' };
    const collected = NM.collectRange(sel.getRangeAt(0));
    if (!collected.text.trim()) return { ok: false, error: 'nothing selected' };
    const at = sel.getRangeAt(0).commonAncestorContainer;
    collected.lang = NM.languageOf(at.nodeType === 1 ? at : at.parentElement);
    const t0 = performance.now();
    generation++;
    const res = await api.runtime.sendMessage({ type: 'newsmark:analyze', text: collected.text, lang: collected.lang, watchlist: await watchlist() });
    if (!res || !res.ok) return res;
    const { kinds } = await options();
    adopt(res.analysis, collected, kinds, 'selection', t0);
    NM.announce(`Selection analysed: ${res.analysis.quotes.length} statements, ${res.analysis.mentions.length} marks.`);
    return { ok: true, quotes: res.analysis.quotes.length, mentions: res.analysis.mentions.length };
  }

  // The per-site switch (the popup; the options page lists the sites turned off): switched off,
  // the marks go at once and the page is left alone; switched on, the page is marked again.
  api.storage.onChanged.addListener((changes, area) => {
    // a watch item added or removed in the options: the page is marked again with the new list
    if (area === 'local' && changes.watchlist && !selfMarking) {
      if (state.status === 'ready' && state.source === 'article') mark();
      return;
    }
    if (area !== 'sync' || !changes.disabledSites || selfMarking) return;
    const off = siteOff({ disabledSites: changes.disabledSites.newValue });
    if (off && state.status !== 'off') {
      clear();
      state.status = 'off';
      root.dataset.newsmark = 'off';
    } else if (!off && state.status === 'off') {
      markAndWatch();
    }
  });

  // Pages that add text later (lazy paragraphs, "read more", single-page navigation): new text
  // is analysed once the page has been quiet for a moment, and the marks are replaced in one
  // step, so what was already marked stays marked without flicker. The watcher is attached
  // before the first marking, and text that arrives while an analysis runs is remembered and
  // looked at once it is done, so nothing that arrives is lost.
  let timer = 0;
  let lastUrl = location.href;
  let lastText = '';
  let arrivedWhileWorking = false;
  const relevant = (records) => records.some((r) => {
    if (r.type === 'characterData') return !!(r.target.parentElement && r.target.parentElement.closest && !r.target.parentElement.closest('newsmark-tip'));
    for (const n of r.addedNodes) {
      if (n.nodeName === 'NEWSMARK-TIP') continue;
      if ((n.textContent || '').trim().length >= 40) return true;
    }
    return false;
  });
  // the page has been quiet for QUIET ms, or has changed for MAX_WAIT ms without a pause (a live
  // blog, a ticker): new text is looked at then
  const QUIET = 600, MAX_WAIT = 2000;
  let pendingSince = 0;
  function schedule() {
    clearTimeout(timer);
    const now = performance.now();
    if (!pendingSince) pendingSince = now;
    timer = setTimeout(async () => {
      pendingSince = 0;
      // the reader's selection was analysed: it stays until the reader asks for the article
      if (state.source === 'selection') return;
      const navigated = location.href !== lastUrl;
      lastUrl = location.href;
      const found = NM.findArticle(document);
      const text = found ? NM.collect(found.roots, { exclude: found.exclude }).text : '';
      // the same text in the same nodes: nothing to do (the same text in new nodes needs marks)
      if (!navigated && text === lastText && state.collected && live(state.collected)) return;
      await mark();
    }, Math.max(0, Math.min(QUIET, pendingSince + MAX_WAIT - now)));
  }
  const observer = new MutationObserver((records) => {
    // "Hide marks", an error, or marking switched off: nothing is marked until asked
    if (!['ready', 'no-article', 'working'].includes(state.status)) return;
    if (!relevant(records) && location.href === lastUrl) return;
    if (state.status === 'working') arrivedWhileWorking = true;
    else schedule();
  });
  /** After a marking: text that arrived while it ran is looked at now. */
  function afterMark() {
    if (arrivedWhileWorking && (state.status === 'ready' || state.status === 'no-article')) schedule();
    arrivedWhileWorking = false;
  }

  async function markAndWatch() {
    if (document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await mark();
  }

  if (!selfMarking) {
    options().then((o) => {
      if (siteOff(o)) {
        state.status = 'off';
        root.dataset.newsmark = 'off';
      } else if (o.autoMark) markAndWatch();
    });
  }
})();
