/* Newsmark's painter, shared by the extension's content script and the demo page (www/).
 *
 * A classic script (content scripts cannot be modules) that defines globalThis.Newsmark.
 *
 * Why the CSS Custom Highlight API and not wrapper elements: highlights are ranges registered
 * with CSS.highlights and styled with ::highlight(); the page's DOM is never touched, so the
 * page's own scripts keep their text nodes and element counts, and removal is exact by
 * construction (we delete the registrations). It is in Chrome 105+ and Firefox 140+.
 * ::highlight() allows colour, background and text-decoration, which is enough to make each
 * kind distinct without colour alone (solid, double, wavy, dotted underlines).
 */
(() => {
  'use strict';
  const NM = (globalThis.Newsmark = globalThis.Newsmark || {});

  const KINDS = ['quote', 'speaker', 'person', 'organization', 'place', 'figure', 'focus'];

  /* The marks' styles. Each kind differs in decoration style, not only in colour; the translucent
   * backgrounds and mid-tone lines read on light and dark pages alike. ::highlight() rules apply
   * in the tree that holds the text, so the page and each open shadow root that holds marked text
   * adopt this one sheet (no element is added; "Hide marks" takes it back). */
  const MARKS_CSS = [
    '::highlight(newsmark-quote) { background-color: rgba(16, 185, 129, 0.16); text-decoration: underline dotted rgba(5, 150, 105, 0.9); }',
    '::highlight(newsmark-speaker) { background-color: rgba(59, 130, 246, 0.30); text-decoration: underline solid #2563eb 3px; }',
    '::highlight(newsmark-person) { text-decoration: underline solid #3b82f6 1.5px; }',
    '::highlight(newsmark-organization) { text-decoration: underline double #a855f7 1.5px; }',
    '::highlight(newsmark-place) { text-decoration: underline dashed #0891b2 1px; }',
    '::highlight(newsmark-figure) { background-color: rgba(245, 158, 11, 0.28); text-decoration: underline wavy #d97706 1px; }',
    '::highlight(newsmark-anchored) { background-color: rgba(236, 72, 153, 0.22); text-decoration: underline solid #db2777 2px; }',
    '::highlight(newsmark-focus) { background-color: rgba(250, 204, 21, 0.75); color: #111; text-decoration: underline solid #111 2px; }',
  ].join('\n');
  let marksSheet = null;
  const DEFAULT_WATCH = '#dc2626';
  /** The styles of the watch highlights, one a colour (newsmark-watch-0, -1, …), in the marks'
   * sheet after the fixed rules. */
  function setWatchColors(colors) {
    if (!marksSheet) return;
    const rules = colors.map((c, k) => `::highlight(newsmark-watch-${k}) { background-color: ${c}38; text-decoration: underline overline solid ${c} 2px; }`);
    marksSheet.replaceSync(MARKS_CSS + '\n' + rules.join('\n'));
  }
  const styledRoots = new Set();
  /** Gives `root` (the document or a shadow root) the marks' styles. */
  function adoptMarks(root) {
    if (!root || styledRoots.has(root) || !('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function') return;
    if (!marksSheet) {
      marksSheet = new CSSStyleSheet();
      marksSheet.replaceSync(MARKS_CSS);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, marksSheet];
    styledRoots.add(root);
  }
  /** Takes the marks' styles back from every root that adopted them. */
  function unstyleAll() {
    for (const root of styledRoots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== marksSheet);
    styledRoots.clear();
  }
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
    'CODE', 'PRE', 'SVG', 'MATH', 'IFRAME', 'TEMPLATE', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED',
    'NEWSMARK-TIP', 'NEWSMARK-LIVE']);
  const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
    'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'FIGURE', 'FIGCAPTION', 'TABLE',
    'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'BR', 'HR', 'FORM', 'ADDRESS', 'DETAILS', 'SUMMARY']);

  function skippable(el) {
    if (SKIP.has(el.tagName.toUpperCase())) return true;
    if (el.isContentEditable || el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
    if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
    if (el.checkVisibility && !el.checkVisibility()) return true;
    return false;
  }

  /** Collects the text under `roots` (in order) with a map back to the DOM text nodes.
   * Newlines and tabs inside text nodes become spaces (same length, so offsets map 1:1);
   * block boundaries add a blank line that belongs to no node. */
  NM.collect = function collect(roots, opts = {}) {
    const segs = [];
    const parts = [];
    let len = 0;
    const exclude = opts.exclude || (() => false);
    const breakLine = () => {
      if (len === 0) return;
      const last = parts[parts.length - 1];
      if (last === '\n\n') return;
      parts.push('\n\n');
      len += 2;
    };
    const walk = (node) => {
      for (let n = node.firstChild; n; n = n.nextSibling) {
        if (n.nodeType === 3) {
          const v = n.nodeValue;
          if (!v) continue;
          if (!/\S/.test(v)) {
            // whitespace between inline elements still separates words
            if (len > 0 && parts[parts.length - 1] !== '\n\n' && !/\s$/.test(parts[parts.length - 1])) {
              parts.push(' ');
              len += 1;
            }
            continue;
          }
          segs.push({ node: n, start: len });
          parts.push(v.replace(/[\n\r\t\f\v]/g, ' '));
          len += v.length;
        } else if (n.nodeType === 1) {
          if (skippable(n) || exclude(n)) continue;
          const block = BLOCK.has(n.tagName.toUpperCase());
          if (block) breakLine();
          if (n.shadowRoot && opts.shadow !== false) walk(n.shadowRoot);
          walk(n);
          if (block) breakLine();
        }
      }
    };
    for (const r of roots) {
      breakLine();
      // a root may be a shadow host (a web component that holds the whole story)
      if (r.shadowRoot && opts.shadow !== false) walk(r.shadowRoot);
      walk(r);
    }
    return { text: parts.join(''), segs };
  };

  /** Collects the text of the DOM range `range` (a reader's selection), mapped like collect():
   * the text of every block under the range's common ancestor, cut to the selected part. */
  NM.collectRange = function collectRange(range) {
    let root = range.commonAncestorContainer;
    if (root.nodeType !== 1) root = root.parentElement || root.parentNode;
    const all = NM.collect([root]);
    let from = -1, to = -1;
    for (const seg of all.segs) {
      if (!range.intersectsNode(seg.node)) continue;
      const len = seg.node.nodeValue.length;
      const a = seg.node === range.startContainer ? seg.start + range.startOffset : seg.start;
      const b = seg.node === range.endContainer ? seg.start + range.endOffset : seg.start + len;
      if (from < 0) from = a;
      to = Math.max(to, b);
    }
    if (from < 0 || to <= from) return { text: '', segs: [] };
    // segments keep their nodes; a segment cut by the selection starts before 0 (rangeFor clamps)
    const segs = all.segs.filter((seg) => seg.start + seg.node.nodeValue.length > from && seg.start < to)
      .map((seg) => ({ node: seg.node, start: seg.start - from }));
    return { text: all.text.slice(from, to), segs };
  };

  /* A polite live region for what keyboard commands do ("Quote 2 of 7: Rami Al-Khatib"): screen
   * readers announce it; it is invisible and holds nothing of the page. */
  let liveRegion = null;
  NM.announce = function announce(message) {
    if (!liveRegion || !liveRegion.isConnected) {
      liveRegion = document.createElement('newsmark-live');
      const root = liveRegion.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{all:initial;position:fixed;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style><div role="status" aria-live="polite"></div>';
      document.documentElement.appendChild(liveRegion);
    }
    liveRegion.shadowRoot.querySelector('div').textContent = message;
  };
  NM.silence = function silence() {
    if (liveRegion) liveRegion.remove();
    liveRegion = null;
  };

  /** Paints the spans [[start, end], ...] of `collected` as "anchored" (items found again from an
   * annotations file). Returns the number painted and a function that removes them. */
  NM.paintAnchored = function paintAnchored(collected, spans) {
    const supported = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
    const h = supported ? new Highlight() : null;
    let n = 0;
    for (const [a, b] of spans) {
      const r = NM.rangeFor(collected, a, b);
      if (!r) continue;
      n++;
      if (h) { adoptMarks(r.startContainer.getRootNode()); h.add(r); }
    }
    if (h) { adoptMarks(document); h.priority = KINDS.length; CSS.highlights.set('newsmark-anchored', h); }
    return { painted: n, clear: () => supported && CSS.highlights.delete('newsmark-anchored') };
  };

  function segAt(segs, offset, preferEnd) {
    // last segment whose start <= offset (for an end offset, < offset)
    let lo = 0, hi = segs.length - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segs[mid].start;
      if (preferEnd ? s < offset : s <= offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  /** A DOM Range for [start, end) of the collected text, or null when it maps to no text node. */
  NM.rangeFor = function rangeFor(collected, start, end) {
    const { segs } = collected;
    const a = segAt(segs, start, false);
    const b = segAt(segs, end, true);
    if (a < 0 || b < 0) return null;
    const sa = segs[a], sb = segs[b];
    const la = sa.node.nodeValue.length, lb = sb.node.nodeValue.length;
    const r = document.createRange();
    try {
      r.setStart(sa.node, Math.min(Math.max(start - sa.start, 0), la));
      r.setEnd(sb.node, Math.min(Math.max(end - sb.start, 0), lb));
    } catch (_) {
      return null; // the page removed the node meanwhile
    }
    return r.collapsed ? null : r;
  };

  /** The confidence at and above which a name, figure or quote is a confident mark (the core's
   * CONFIDENT, src/analysis/confidence.rs). */
  NM.CONFIDENT = 0.9;

  /** Where a mention's mark starts: news annotation leaves the currency symbol out of a plain
   * amount ($[35], the core's span), a reader sees the amount with it. */
  NM.markStart = function markStart(text, m) {
    if (!m.figure || m.figure.kind !== 'money') return m.start;
    const before = /(?:[A-Z]{1,2})?[$€£¥₹₽₩₪₺]$/.exec(text.slice(Math.max(0, m.start - 3), m.start));
    return before ? m.start - before[0].length : m.start;
  };

  /** Which kind each mention is painted as: speakers are people who say something. */
  NM.markKind = function markKind(analysis, m, speakerIds) {
    if (m.kind === 'person' && speakerIds.has(m.entity)) return 'speaker';
    return m.kind;
  };

  /** Paints `analysis` over `collected`. Returns a handle with clear(), reveal() and quoteAt(). */
  NM.paint = function paint(analysis, collected, opts = {}) {
    const show = opts.kinds || { quote: true, speaker: true, person: true, organization: true, place: true, figure: true };
    const supported = typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
    const sets = Object.fromEntries(KINDS.map((k) => [k, []]));
    const speakerIds = new Set();
    for (const s of analysis.summary.speakers) if (s.entity != null) speakerIds.add(s.entity);
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
    for (const m of analysis.mentions) {
      const kind = NM.markKind(analysis, m, speakerIds);
      // a minor figure ("today", "monthly") is not marked: no figure a story rests on
      if (!show[kind] || (m.figure && m.figure.minor)) continue;
      // "only confident marks": a name or figure whose class is right less than 9 times in 10
      if (show.confident && m.confidence != null && m.confidence < NM.CONFIDENT) continue;
      const r = NM.rangeFor(collected, NM.markStart(collected.text, m), m.end);
      if (r) { sets[kind].push(r); counts[kind]++; }
    }
    for (const q of analysis.quotes) {
      // "only confident marks": a quote whose class is right less than 9 times in 10, and its speaker
      if (show.confident && q.confidence != null && q.confidence < NM.CONFIDENT) continue;
      if (show.quote) {
        // a quote interrupted by its attribution is painted part by part
        for (const [s, e] of q.fragments || [[q.start, q.end]]) {
          const r = NM.rangeFor(collected, s, e);
          if (r) sets.quote.push(r);
        }
        counts.quote++;
      }
      // the speaker as written ("He") is a speaker mark too
      if (show.speaker && q.speaker && q.speaker.name) {
        const r = NM.rangeFor(collected, q.speaker.start, q.speaker.end);
        if (r) sets.speaker.push(r);
      }
    }
    // watch hits: one highlight for each colour of the watchlist's groups, drawn over and under
    // the line (no other mark uses an overline), so a watched name stands out without colour too
    const watchSets = new Map();
    if (show.watch !== false && analysis.watch) {
      const colorOf = new Map((analysis.summary.watch || []).map((w) => [w.item, /^#[0-9a-f]{6}$/i.test(w.color || '') ? w.color.toLowerCase() : DEFAULT_WATCH]));
      for (const h of analysis.watch) {
        const r = NM.rangeFor(collected, h.start, h.end);
        if (!r) continue;
        const c = colorOf.get(h.item) || DEFAULT_WATCH;
        if (!watchSets.has(c)) watchSets.set(c, []);
        watchSets.get(c).push(r);
      }
      counts.watch = analysis.watch.length;
    }
    const registered = [];
    if (supported) {
      adoptMarks(document);
      if (watchSets.size) {
        const colors = [...watchSets.keys()];
        setWatchColors(colors);
        colors.forEach((c, k) => {
          const h = new Highlight();
          for (const r of watchSets.get(c)) { adoptMarks(r.startContainer.getRootNode()); h.add(r); }
          h.priority = KINDS.length + 1;
          CSS.highlights.set('newsmark-watch-' + k, h);
          registered.push('newsmark-watch-' + k);
        });
      }
      for (const k of KINDS) for (const r of sets[k]) adoptMarks(r.startContainer.getRootNode());
      KINDS.forEach((k, i) => {
        if (k === 'focus' || !sets[k].length) return;
        // added one by one: spreading them as arguments overflows the stack past some 60,000 ranges
        const h = new Highlight();
        for (const r of sets[k]) h.add(r);
        h.priority = i; // later kinds paint over quotes
        CSS.highlights.set('newsmark-' + k, h);
        registered.push('newsmark-' + k);
      });
    }
    const quotes = analysis.quotes.slice().sort((a, b) => a.start - b.start);
    const nodeIndex = new Map(collected.segs.map((s, i) => [s.node, i]));
    let tip = null;
    let raf = 0;
    let lastEvent = null;

    function quoteAtOffset(off) {
      let best = null;
      for (const q of quotes) {
        if (q.start > off) break;
        const inside = (q.fragments || [[q.start, q.end]]).some(([s, e]) => s <= off && off < e);
        if (inside && (!best || q.end - q.start < best.end - best.start)) best = q;
      }
      return best;
    }

    function offsetAtPoint(x, y) {
      let node = null, off = 0;
      if (document.caretPositionFromPoint) {
        const p = document.caretPositionFromPoint(x, y);
        if (p) { node = p.offsetNode; off = p.offset; }
      } else if (document.caretRangeFromPoint) {
        const r = document.caretRangeFromPoint(x, y);
        if (r) { node = r.startContainer; off = r.startOffset; }
      }
      const i = node ? nodeIndex.get(node) : undefined;
      return i === undefined ? -1 : collected.segs[i].start + off;
    }

    function speakerLine(q) {
      const who = q.speaker ? (q.speaker.name || q.speaker.text + ' (unresolved)') : 'speaker unknown';
      const verb = q.cue ? ' · ' + q.cue.text : '';
      return (q.kind === 'direct' ? 'Quote' : 'Reported') + ' — ' + who + verb;
    }

    function showTip(q, x, y) {
      if (!tip) {
        tip = document.createElement('newsmark-tip');
        const root = tip.attachShadow({ mode: 'open' });
        root.innerHTML = '<style>:host{all:initial;position:fixed;z-index:2147483647;pointer-events:none}' +
          'div{font:13px/1.35 system-ui,sans-serif;background:#111827;color:#f9fafb;padding:5px 8px;' +
          'border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.35);max-width:320px;border:1px solid #6b7280}</style><div></div>';
        document.documentElement.appendChild(tip);
      }
      tip.shadowRoot.querySelector('div').textContent = speakerLine(q);
      tip.style.left = Math.min(x + 12, innerWidth - 330) + 'px';
      tip.style.top = (y + 16) + 'px';
      tip.style.display = 'block';
    }

    function onMove(e) {
      lastEvent = e;
      if (raf) return;
      raf = requestAnimationFrame(() => {
        raf = 0;
        const ev = lastEvent;
        const off = offsetAtPoint(ev.clientX, ev.clientY);
        const q = off >= 0 ? quoteAtOffset(off) : null;
        if (q) showTip(q, ev.clientX, ev.clientY);
        else if (tip) tip.style.display = 'none';
      });
    }
    if (opts.hover !== false) document.addEventListener('mousemove', onMove, { passive: true });

    let focusTimer = 0;
    return {
      counts,
      supported,
      quoteAt: quoteAtOffset,
      /** The quote under the viewport point (x, y), or null. */
      quoteAtPoint(x, y) {
        const off = offsetAtPoint(x, y);
        return off >= 0 ? quoteAtOffset(off) : null;
      },
      speakerLine,
      /** Scrolls [start, end) into view and flashes it; with `hold`, the focus mark stays until the
       * next reveal (the keyboard's walk through the quotes). */
      reveal(start, end, hold = false) {
        const r = NM.rangeFor(collected, start, end);
        if (!r) return false;
        const rect = r.getBoundingClientRect();
        const el = r.startContainer.parentElement;
        // smooth only where it runs: a background tab (the page behind the popup opened as a tab,
        // in Firefox) does not run a smooth scroll, and some readers ask for reduced motion
        const smooth = document.visibilityState === 'visible' && !(window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches);
        if (el && el.scrollIntoView) el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
        else window.scrollBy(0, rect.top - innerHeight / 2);
        if (supported) {
          CSS.highlights.set('newsmark-focus', new Highlight(r));
          clearTimeout(focusTimer);
          if (!hold) focusTimer = setTimeout(() => CSS.highlights.delete('newsmark-focus'), 2500);
        }
        return true;
      },
      /** The highlight names this painting registered. */
      registered,
      /** Removes this painting: its highlights (but those named in `keep`, which a newer painting
       * has registered in their place), its listeners and its tip. */
      clear(keep = []) {
        document.removeEventListener('mousemove', onMove);
        if (raf) cancelAnimationFrame(raf);
        clearTimeout(focusTimer);
        if (supported) {
          for (const k of registered) if (!keep.includes(k)) CSS.highlights.delete(k);
          CSS.highlights.delete('newsmark-focus');
          // the styles stay while a newer painting (keep) uses them
          if (!keep.length) unstyleAll();
        }
        if (tip) { tip.remove(); tip = null; }
      },
    };
  };
})();
