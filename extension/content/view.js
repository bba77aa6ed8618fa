/* The summary as the popup shows it, built from an Analysis where the analysis lives (the
 * content script; the demo page): only what is shown, with bounds, so that the message to the
 * popup stays small on any page (a 5 MB page's Analysis and text are tens of megabytes).
 *
 * A classic script (content scripts cannot be modules) that adds Newsmark.summaryView. */
(() => {
  'use strict';
  const NM = (globalThis.Newsmark = globalThis.Newsmark || {});

  /** Each list holds at most this many items (its full length is given beside it). */
  const LIST_MAX = 500;
  /** A name or a role as sent: at most this many characters (the popup shows fewer; the rest is
   * its hover title). */
  const NAME_MAX = 1000;
  /** What was said, as sent: at most this many characters. */
  const SNIPPET_MAX = 400;

  const cut = (s, max) => {
    const chars = [...(s || '')];
    return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
  };
  const snippet = (text, start, end) => {
    // offsets are UTF-16 code units: JS string indices; only the first part is read
    const raw = text.slice(start, Math.min(end, start + SNIPPET_MAX * 2));
    const s = raw.replace(/\s+/g, ' ').trim();
    return s.length > SNIPPET_MAX || end - start > raw.length ? cut(s, SNIPPET_MAX) : s;
  };
  /** A list as sent: its first LIST_MAX items, made by `f`, and its length. */
  const list = (xs, f) => ({ total: xs.length, items: xs.slice(0, LIST_MAX).map(f) });
  const countWords = (text) => {
    let n = 0, inWord = false;
    for (let i = 0; i < text.length; i++) {
      const space = text.charCodeAt(i) <= 32;
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  };

  /** The summary view of `analysis` over `text`: speakers with their statements, organizations,
   * other people, figures; counts; each list bounded. Offsets stay as in the Analysis, for
   * "reveal". */
  NM.summaryView = function summaryView(analysis, text) {
    const { entities, mentions, quotes, summary } = analysis;
    const statement = (qi) => {
      const q = quotes[qi];
      const parts = (q.fragments || [[q.start, q.end]]).slice(0, 8).map(([a, b]) => snippet(text, a, b));
      return { index: qi, kind: q.kind, cue: q.cue ? cut(q.cue.text, 60) : null, text: cut(parts.join(' … '), SNIPPET_MAX), start: q.start, end: q.end };
    };
    const speaker = (s) => {
      const first = s.entity != null ? mentions[entities[s.entity].mentions[0]] : quotes[s.quotes[0]].speaker;
      return { name: cut(s.name, NAME_MAX), role: s.role ? cut(s.role, NAME_MAX) : null, resolved: s.entity != null, start: first.start, end: first.end, quotes: list(s.quotes, statement) };
    };
    const entity = (id) => {
      const e = entities[id];
      const m = mentions[e.mentions[0]];
      return { name: cut(e.name, NAME_MAX), aliases: e.aliases.slice(0, 10).map((a) => cut(a, 200)), count: e.mentions.length, start: m.start, end: m.end };
    };
    // one item a distinct figure (the core merges repeats), with what it counts: "11 people ×2"
    const figures = summary.figures.filter((g) => mentions[g.mentions[0]].figure.kind !== 'ordinal');
    const figure = (g) => {
      const m = mentions[g.mentions[0]];
      const words = snippet(text, NM.markStart(text, m), m.end);
      const label = m.figure.counts ? words + ' ' + m.figure.counts.replace(/\s+/g, ' ') : words;
      return { text: cut(label, 200), figure: m.figure, times: g.mentions.length, start: m.start, end: m.end };
    };
    // the watchlist's items the article mentions, each with its quotes and figures (first in the
    // popup)
    const figureAt = (mi) => figure({ mentions: [mi] });
    const watched = (w) => {
      const first = (analysis.watch || []).find((h) => h.item === w.item);
      return {
        item: w.item, text: cut(w.text, NAME_MAX), pattern: !!w.pattern, group: cut(w.group || '', 200), color: /^#[0-9a-f]{6}$/i.test(w.color || '') ? w.color : null,
        hits: w.hits, start: first ? first.start : 0, end: first ? first.end : 0,
        quotes: list(w.quotes, statement), figures: list(w.figures, figureAt),
      };
    };
    // figures about the same thing (two or more), and whether their values disagree
    const related = (summary.groups || []).filter((g) => g.figures.length > 1);
    const relatedView = (g) => ({ what: cut(g.what, 200), kind: g.kind, disagree: !!g.disagree, figures: g.figures.slice(0, 20).map((fi) => figure(summary.figures[fi])) });
    return {
      language: analysis.language || 'en',
      figuresOnly: !!analysis.figuresOnly,
      groups: list(related, relatedView),
      watch: list(summary.watch || [], watched),
      words: countWords(text),
      statements: quotes.length,
      speakers: list(summary.speakers, speaker),
      unattributed: list(summary.unattributed, statement),
      organizations: list(summary.organizations, entity),
      people: list(summary.people, entity),
      figures: list(figures, figure),
    };
  };
})();
