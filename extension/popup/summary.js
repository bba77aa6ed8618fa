// Renders an Analysis as the one-glance summary: speakers with role and quotes, organizations,
// people, figures. Shared by the popup and the demo page. `onReveal(start, end)` scrolls to a span.

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

function snippet(text, start, end, max = 220) {
  // offsets are UTF-16 code units: JS string indices
  let s = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (s.length > max) s = s.slice(0, max - 1).trimEnd() + '…';
  return s;
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

export function renderSummary(root, analysis, text, onReveal) {
  root.replaceChildren();
  const { entities, mentions, quotes, summary } = analysis;
  const go = (start, end) => (e) => { e.preventDefault(); onReveal(start, end); };

  const sp = el('section', { class: 'speakers' }, el('h2', {}, 'Speakers'));
  if (!summary.speakers.length) sp.append(el('p', { class: 'empty' }, 'No one is quoted.'));
  for (const s of summary.speakers) {
    const first = s.entity != null ? mentions[entities[s.entity].mentions[0]] : quotes[s.quotes[0]].speaker;
    const head = el('div', { class: 'who' },
      el('a', { href: '#', class: 'name', title: s.name, onclick: go(first.start, first.end) }, shortName(s.name)),
      s.role ? el('span', { class: 'role', title: s.role }, shortName(s.role, 80)) : null,
      s.entity == null ? el('span', { class: 'role' }, 'unresolved') : null);
    const list = el('ol', { class: 'quotes' });
    for (const qi of s.quotes) {
      const q = quotes[qi];
      const parts = (q.fragments || [[q.start, q.end]]).map(([s, e]) => snippet(text, s, e));
      const joined = parts.join(' … ');
      const body = q.kind === 'direct' ? '“' + (joined.length > 220 ? joined.slice(0, 219) + '…' : joined) + '”' : joined;
      list.append(el('li', { class: q.kind },
        el('span', { class: 'badge', title: q.kind === 'direct' ? 'direct quote' : 'reported speech' }, q.kind === 'direct' ? 'quote' : 'reported'),
        q.cue ? el('span', { class: 'cue' }, q.cue.text) : null,
        el('a', { href: '#', onclick: go(q.start, q.end) }, body)));
    }
    sp.append(el('div', { class: 'speaker' }, head, list));
  }
  root.append(sp);

  const entityList = (title, ids, cls) => {
    const sec = el('section', { class: cls }, el('h2', {}, title));
    if (!ids.length) { sec.append(el('p', { class: 'empty' }, 'None found.')); return sec; }
    const ul = el('ul', { class: 'chips' });
    for (const id of ids) {
      const e = entities[id];
      const m = mentions[e.mentions[0]];
      const title = e.name + (e.aliases.length ? ' (also: ' + e.aliases.join(', ') + ')' : '');
      ul.append(el('li', {}, el('a', { href: '#', onclick: go(m.start, m.end), title: shortName(title, 500) },
        shortName(e.name), e.mentions.length > 1 ? el('span', { class: 'count' }, '×' + e.mentions.length) : null)));
    }
    sec.append(ul);
    return sec;
  };
  root.append(entityList('Organizations', summary.organizations, 'organizations'));
  if (summary.people.length) root.append(entityList('Other people', summary.people, 'people'));

  const figs = el('section', { class: 'figures' }, el('h2', {}, 'Figures'));
  const fm = summary.figures.map((i) => mentions[i]).filter((m) => m.figure && m.figure.kind !== 'ordinal');
  fm.sort((a, b) => FIGURE_ORDER.indexOf(a.figure.kind) - FIGURE_ORDER.indexOf(b.figure.kind) || a.start - b.start);
  if (!fm.length) figs.append(el('p', { class: 'empty' }, 'None found.'));
  const table = el('table', {});
  for (const m of fm) {
    table.append(el('tr', {},
      el('td', { class: 'kind' }, m.figure.kind),
      el('td', {}, el('a', { href: '#', onclick: go(m.start, m.end), title: m.text }, shortName(m.text))),
      el('td', { class: 'value' }, formatFigure(m.figure))));
  }
  if (fm.length) figs.append(table);
  root.append(figs);
}
