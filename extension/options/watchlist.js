// The watchlist file, as the options page imports and exports it: one item a line; /…/ a pattern,
// anything else a name; "[Group]" or "[Group #rrggbb]" starts a group; blank lines and lines that
// start with "#" are skipped. The CLI's --watch reads the same format (src/watch/mod.rs,
// parse_list and write_list); tests/fixtures/watchlist.txt and .json hold both to it.

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** The items of a watchlist file: { text, pattern, group, color } ("" for no group or colour). */
export function parseList(file) {
  const items = [];
  let group = '', color = '';
  for (const raw of String(file).split(/\r?\n|\r/)) {
    const line = raw.trim().replace(/^\uFEFF/, '');
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('[') && line.endsWith(']')) {
      const head = line.slice(1, -1).trim();
      const cut = head.lastIndexOf(' ');
      if (cut >= 0 && COLOR.test(head.slice(cut + 1))) {
        group = head.slice(0, cut).trim();
        color = head.slice(cut + 1).toLowerCase();
      } else {
        group = head.trim();
        color = '';
      }
      continue;
    }
    const pattern = line.length > 2 && line.startsWith('/') && line.endsWith('/');
    items.push({ text: pattern ? line.slice(1, -1) : line, pattern, group, color });
  }
  return items;
}

/** A watchlist file of `items`: the ungrouped first, then each group under its header. */
export function writeList(items) {
  let out = '# Newsmark watchlist: one name a line, /a pattern/ between slashes, [Group #colour] before a group\n';
  const groups = [];
  for (const it of [{ group: '', color: '' }, ...items]) {
    if (!groups.some((g) => g.group === (it.group || ''))) groups.push({ group: it.group || '', color: it.color || '' });
  }
  for (const g of groups) {
    if (g.group) out += `\n[${g.group}${g.color ? ' ' + g.color : ''}]\n`;
    for (const it of items.filter((i) => (i.group || '') === g.group)) {
      const line = String(it.text).replace(/[\r\n]/g, ' ');
      out += it.pattern ? `/${line}/\n` : `${line}\n`;
    }
  }
  return out;
}
