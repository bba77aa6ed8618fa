// Renders the one-glance summary (a view built by Newsmark.summaryView, extension/content/view.js):
// speakers with role and quotes, organizations, people, figures; long lists drawn when asked.
// Shared by the popup and the demo page.

const FIGURE_ORDER = ['money', 'percent', 'count', 'quantity', 'date', 'duration', 'time', 'ordinal'];

function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

/** A name as the summary shows it: at most `max` characters, the rest behind an ellipsis (the
 * whole name is the element's title, shown on hover). */
export function shortName(name, max = 60) {
  const chars = [...name];
  return chars.length <= max ? name : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

export function formatFigure(f) {
  if (!f) return '';
  const n = (v) => (Math.abs(v) >= 1e9 ? +(v / 1e9).toFixed(3) + ' bn' : Math.abs(v) >= 1e6 ? +(v / 1e6).toFixed(3) + ' m' : String(+v.toFixed(4)));
  let s = '';
  if (f.low != null && f.high != null) s = n(f.low) + '–' + n(f.high);
  else if (f.value != null) s = n(f.value);
  if (f.unit) s += (s ? ' ' : '') + f.unit;
  if (f.iso) s = f.iso;
  if (f.bound === 'min') s = '≥ ' + s;
  if (f.bound === 'max') s = '≤ ' + s;
  if (f.approx) s = '≈ ' + s;
  return s.trim();
}

/** How many items of a list are drawn at first; "Show all" draws the rest when asked. */
const FIRST = { speakers: 12, quotes: 6, chips: 30, figures: 30 };

/** Appends to `parent` the first `first` items of `list` (a view list: items and total) drawn by
 * `draw`, and after it a button that draws the others when pressed: a long list costs nothing
 * until the reader asks for it. */
function lazyList(parent, list, first, draw, noun, anchor = parent) {
  const drawRange = (a, b) => { for (let i = a; i < b; i++) parent.append(draw(list.items[i], i)); };
  drawRange(0, Math.min(first, list.items.length));
  const notSent = list.total - list.items.length;
  const more = (n) => `${n.toLocaleString('en')} more ${noun}${n === 1 ? '' : 's'}`;
  const notListed = () => el('p', { class: 'empty' }, `… and ${more(notSent)}, not listed`);
  if (list.items.length > first) {
    const button = el('button', { type: 'button', class: 'more' }, `Show all: ${more(list.items.length - first)}`);
    button.addEventListener('click', () => {
      button.remove();
      drawRange(first, list.items.length);
      if (notSent > 0) anchor.after(notListed());
    });
    anchor.after(button);
  } else if (notSent > 0) {
    anchor.after(notListed());
  }
}

/** "1 statement", "2 statements", "1,200 words". */
export function plural(count, noun, nouns = noun + 's') {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : nouns}`;
}

/** The line above the summary: what the article holds, in words a reader checks at a glance. */
export function statusLine(view, ms) {
  const parts = view.figuresOnly ? [plural(view.words, 'word'), plural(view.figures.total, 'figure')] : [plural(view.words, 'word'), plural(view.speakers.total, 'speaker'),
    plural(view.statements, 'statement') + (view.unattributed.total ? ` (${view.unattributed.total.toLocaleString('en')} unattributed)` : ''),
    plural(view.organizations.total, 'organization'), plural(view.figures.total, 'figure')];
  if (view.watch && view.watch.total) parts.unshift(plural(view.watch.total, 'watched item'));
  if (ms != null) parts.push(`${ms.toFixed(0)} ms`);
  return parts.join(' · ');
}

/** What the reader must know when the page is not in English: only figures were looked for.
 * Null for English. */
export function languageNote(view) {
  if (!view.figuresOnly) return null;
  let name = null;
  try {
    name = view.language !== 'und' ? new Intl.DisplayNames(['en'], { type: 'language' }).of(view.language) : null;
  } catch (_) { /* not a language code the browser knows */ }
  const which = name && name !== view.language ? `This page is in ${name}.` : 'Newsmark cannot tell which language this page is in.';
  return `${which} Newsmark reads people, organizations and quotes in English only; here it marks figures, nothing else.`;
}

/** Draws a summary view (Newsmark.summaryView, extension/content/view.js) into `root`.
 * `onReveal(start, end)` scrolls the page to a span; `onCopy(index)`, when given, copies the
 * quote of that index with its citation and resolves to a short message for the reader. */
export function renderSummary(root, view, onReveal, onCopy) {
  root.replaceChildren();
  const go = (start, end) => (e) => { e.preventDefault(); onReveal(start, end); };

  const statement = (q) => {
    const body = q.kind === 'direct' ? '“' + q.text + '”' : q.text;
    const li = el('li', { class: q.kind },
      el('span', { class: 'badge', title: q.kind === 'direct' ? 'direct quote' : 'reported speech' }, q.kind === 'direct' ? 'quote' : 'reported'),
      q.cue ? el('span', { class: 'cue' }, q.cue) : null,
      el('a', { href: '#', onclick: go(q.start, q.end) }, body));
    if (onCopy) {
      const copy = el('button', { type: 'button', class: 'copy', 'data-quote': String(q.index), 'aria-label': 'Copy this statement with its citation' }, 'Copy');
      copy.addEventListener('click', async () => {
        const said = await onCopy(q.index);
        copy.textContent = said || 'Copied';
        setTimeout(() => { copy.textContent = 'Copy'; }, 1500);
      });
      li.append(' ', copy);
    }
    return li;
  };

  // what the reader follows, first: each watched item with its quotes and figures
  if (view.watch && view.watch.total) {
    const ws = el('section', { class: 'watched', 'aria-labelledby': 'h-watched' }, el('h2', { id: 'h-watched' }, 'Watched'));
    root.append(ws);
    const box = el('div', { class: 'watch-list' });
    ws.append(box);
    lazyList(box, view.watch, FIRST.speakers, (w) => {
      const name = w.pattern ? '/' + w.text + '/' : w.text;
      const head = el('div', { class: 'who' },
        el('span', { class: 'swatch', style: `background:${w.color || '#dc2626'}`, 'aria-hidden': 'true' }),
        el('a', { href: '#', class: 'name watch-name', title: name, onclick: go(w.start, w.end) }, shortName(name)),
        w.group ? el('span', { class: 'role' }, w.group) : null,
        el('span', { class: 'count', 'aria-label': plural(w.hits, 'mention') }, '×' + w.hits));
      const item = el('div', { class: 'watch' }, head);
      if (w.quotes.total) {
        const list = el('ol', { class: 'quotes' });
        item.append(list);
        lazyList(list, w.quotes, FIRST.quotes, statement, 'statement');
      }
      if (w.figures.total) {
        const figs = el('ul', { class: 'chips watch-figures' });
        item.append(figs);
        lazyList(figs, w.figures, FIRST.chips, (f) => el('li', {}, el('a', { href: '#', onclick: go(f.start, f.end), title: f.text }, shortName(f.text))), 'figure');
      }
      return item;
    }, 'item');
  }

  const sp = el('section', { class: 'speakers', 'aria-labelledby': 'h-speakers' }, el('h2', { id: 'h-speakers' }, 'Speakers'));
  root.append(sp);
  if (!view.speakers.total) {
    sp.append(el('p', { class: 'empty' }, view.unattributed.total ? 'No statement has a speaker found.' : 'No one is quoted.'));
  }
  const speakerList = el('div', { class: 'speaker-list' });
  sp.append(speakerList);
  lazyList(speakerList, view.speakers, FIRST.speakers, (s) => {
    const head = el('div', { class: 'who' },
      el('a', { href: '#', class: 'name', title: s.name, onclick: go(s.start, s.end) }, shortName(s.name)),
      s.role ? el('span', { class: 'role', title: s.role }, shortName(s.role, 80)) : null,
      s.resolved ? null : el('span', { class: 'role' }, 'unresolved'));
    const list = el('ol', { class: 'quotes' });
    const box = el('div', { class: 'speaker' }, head, list);
    lazyList(list, s.quotes, FIRST.quotes, statement, 'statement');
    return box;
  }, 'speaker');

  if (view.unattributed.total) {
    const un = el('section', { class: 'unattributed', 'aria-labelledby': 'h-unattributed' },
      el('h2', { id: 'h-unattributed' }, 'Unattributed'),
      el('p', { class: 'empty' }, 'Statements whose speaker Newsmark could not tell.'));
    const list = el('ol', { class: 'quotes' });
    un.append(list);
    root.append(un);
    lazyList(list, view.unattributed, FIRST.quotes, statement, 'statement');
  }

  const entityList = (title, list, cls) => {
    const sec = el('section', { class: cls, 'aria-labelledby': 'h-' + cls }, el('h2', { id: 'h-' + cls }, title));
    if (!list.total) { sec.append(el('p', { class: 'empty' }, 'None found.')); return sec; }
    const ul = el('ul', { class: 'chips' });
    sec.append(ul);
    lazyList(ul, list, FIRST.chips, (e) => {
      const title = e.name + (e.aliases.length ? ' (also: ' + e.aliases.join(', ') + ')' : '');
      return el('li', {}, el('a', { href: '#', onclick: go(e.start, e.end), title },
        shortName(e.name), e.count > 1 ? el('span', { class: 'count', 'aria-label': plural(e.count, 'mention') }, '×' + e.count) : null));
    }, 'name');
    return sec;
  };
  root.append(entityList('Organizations', view.organizations, 'organizations'));
  if (view.people.total) root.append(entityList('Other people', view.people, 'people'));

  const figs = el('section', { class: 'figures', 'aria-labelledby': 'h-figures' }, el('h2', { id: 'h-figures' }, 'Figures'));
  root.append(figs);
  if (!view.figures.total) { figs.append(el('p', { class: 'empty' }, 'None found.')); return; }
  // figures about the same thing, those whose values disagree first and said in words
  if (view.groups && view.groups.total) {
    const ul = el('ul', { class: 'groups', 'aria-label': 'Figures about the same thing' });
    figs.append(ul);
    const items = view.groups.items.slice().sort((a, b) => Number(b.disagree) - Number(a.disagree));
    lazyList(ul, { ...view.groups, items }, FIRST.quotes, (g) => {
      const li = el('li', { class: g.disagree ? 'group disagree' : 'group' }, el('span', { class: 'what' }, g.what + ': '));
      g.figures.forEach((f, k) => li.append(k ? ' · ' : '', el('a', { href: '#', onclick: go(f.start, f.end), title: f.text }, shortName(f.text, 40))));
      if (g.disagree) li.append(' ', el('strong', { class: 'flag' }, '⚠ the values disagree'));
      return li;
    }, 'group');
  }
  // each distinct figure once, with what it counts and how often the article gives it
  const items = view.figures.items.slice().sort((a, b) => FIGURE_ORDER.indexOf(a.figure.kind) - FIGURE_ORDER.indexOf(b.figure.kind) || a.start - b.start);
  const table = el('table', {}, el('caption', { class: 'sr-only' }, 'Figures: the words, the value, how often'));
  const body = el('tbody', {});
  table.append(body);
  figs.append(table);
  lazyList(body, { ...view.figures, items }, FIRST.figures, (m) => el('tr', {},
    el('td', { class: 'kind' }, m.figure.kind),
    el('td', {}, el('a', { href: '#', onclick: go(m.start, m.end), title: m.text }, shortName(m.text)),
      m.times > 1 ? el('span', { class: 'count', title: `given ${m.times} times`, 'aria-label': `given ${m.times} times` }, '×' + m.times) : null),
    el('td', { class: 'value' }, formatFigure(m.figure))), 'figure', table);
}
