import { parseList, writeList } from './watchlist.js';

const api = globalThis.browser ?? globalThis.chrome;
const DEFAULTS = { autoMark: true, disabledSites: [], kinds: { quote: true, speaker: true, person: true, organization: true, place: false, figure: true, confident: false } };
const $ = (id) => document.getElementById(id);
const saved = (what) => { $('saved').textContent = what; };

const o = await api.storage.sync.get(DEFAULTS);
const kinds = { ...DEFAULTS.kinds, ...(o.kinds || {}) };
const auto = $('autoMark');
auto.checked = o.autoMark;
for (const box of document.querySelectorAll('[data-kind]')) box.checked = !!kinds[box.dataset.kind];

document.body.addEventListener('change', async (e) => {
  if (e.target !== auto && !e.target.dataset.kind) return;
  for (const box of document.querySelectorAll('[data-kind]')) kinds[box.dataset.kind] = box.checked;
  await api.storage.sync.set({ autoMark: auto.checked, kinds });
  saved('Saved. Pages marked from now on use these settings.');
});

/** The sites turned off, each with a button that turns it back on. */
async function drawSites() {
  const { disabledSites = [] } = await api.storage.sync.get({ disabledSites: [] });
  const ul = $('sites');
  ul.replaceChildren();
  if (!disabledSites.length) {
    const li = document.createElement('li');
    li.className = 'note';
    li.textContent = 'None: Newsmark marks articles on every site.';
    ul.append(li);
  }
  for (const site of disabledSites) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Turn back on';
    button.setAttribute('aria-label', `Turn Newsmark back on for ${site}`);
    button.addEventListener('click', async () => {
      const now = (await api.storage.sync.get({ disabledSites: [] })).disabledSites.filter((s) => s !== site);
      await api.storage.sync.set({ disabledSites: now });
      saved(`${site} is marked again.`);
    });
    li.append(site + ' ', button);
    ul.append(li);
  }
}
drawSites();
api.storage.onChanged.addListener((changes, area) => { if (area === 'sync' && changes.disabledSites) drawSites(); });

// The shortcuts as the browser has them now (the reader may have changed them), and where to
// change them: each browser has its own page for that, and an extension cannot open it in Firefox.
const commands = await api.commands.getAll();
for (const c of commands) {
  const li = document.createElement('li');
  const key = document.createElement('kbd');
  key.textContent = c.shortcut || 'not set';
  li.append(key, ' ', c.description || (c.name === '_execute_action' ? 'Open the Newsmark summary' : c.name));
  $('keys').append(li);
}
$('keys-how').textContent = api.runtime.getURL('').startsWith('moz-extension:')
  ? 'To change them: about:addons, the gear menu, “Manage Extension Shortcuts”.'
  : 'To change them: open chrome://extensions/shortcuts.';

// ---- the watchlist (storage.local; the background's core checks and reads the list file) ----
const core = (msg) => api.runtime.sendMessage(msg);
const getList = async () => {
  const { watchlist = [] } = await api.storage.local.get({ watchlist: [] });
  return Array.isArray(watchlist) ? watchlist : [];
};
/** Why each item of `items` would be refused ("" when it would not), in the core's words. */
const problemsOf = async (items) => (await core({ type: 'newsmark:watch-check', items })).problems;

async function drawWatchlist() {
  const items = await getList();
  const problems = await problemsOf(items);
  const ul = $('watch-items');
  ul.replaceChildren();
  const groups = new Set();
  items.forEach((it, k) => {
    if (it.group) groups.add(it.group);
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = it.color || '#dc2626';
    swatch.setAttribute('aria-hidden', 'true');
    const text = document.createElement('span');
    text.className = 'watch-item';
    text.textContent = it.pattern ? `/${it.text}/` : it.text;
    li.append(swatch, text);
    if (it.group) {
      const g = document.createElement('span');
      g.className = 'group';
      g.textContent = it.group;
      li.append(g);
    }
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${text.textContent} from the watchlist`);
    remove.addEventListener('click', async () => {
      const now = await getList();
      now.splice(k, 1);
      await api.storage.local.set({ watchlist: now });
      saved(`${text.textContent} removed.`);
    });
    li.append(' ', remove);
    if (problems[k]) {
      const err = document.createElement('div');
      err.className = 'error';
      err.textContent = 'Not used: ' + problems[k];
      li.append(err);
    }
    ul.append(li);
  });
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'note';
    li.textContent = 'Nothing yet: add a name or a pattern above.';
    ul.append(li);
  }
  $('watch-groups').replaceChildren(...[...groups].map((g) => Object.assign(document.createElement('option'), { value: g })));
}

$('watch-add').addEventListener('submit', async (e) => {
  e.preventDefault();
  const item = { text: $('watch-text').value.trim(), pattern: $('watch-pattern').checked, group: $('watch-group').value.trim(), color: $('watch-color').value };
  if (!item.text) return;
  const items = await getList();
  // refused with the core's reason beside it; nothing already in the list is touched
  const problem = (await problemsOf([item]))[0];
  $('watch-add-error').textContent = problem ? `Not added: ${problem}` : '';
  $('watch-text').setAttribute('aria-invalid', problem ? 'true' : 'false');
  if (problem) return;
  items.push(item);
  await api.storage.local.set({ watchlist: items });
  $('watch-text').value = '';
  saved(`${item.pattern ? '/' + item.text + '/' : item.text} added: open pages are marked again.`);
});

$('watch-export').addEventListener('click', async () => {
  const file = writeList(await getList());
  const url = URL.createObjectURL(new Blob([file], { type: 'text/plain;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'newsmark-watchlist.txt', hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
});

$('watch-import').addEventListener('change', async (e) => {
  const file = e.target.files && e.target.files[0];
  if (!file) return;
  const read = parseList(await file.text());
  const items = await getList();
  const key = (i) => `${i.pattern ? 1 : 0}\u0000${i.text}`;
  const have = new Set(items.map(key));
  const added = read.filter((i) => !have.has(key(i)));
  await api.storage.local.set({ watchlist: [...items, ...added] });
  e.target.value = '';
  saved(`${added.length} item${added.length === 1 ? '' : 's'} imported (${read.length - added.length} already in the list).`);
});

drawWatchlist();
api.storage.onChanged.addListener((changes, area) => { if (area === 'local' && changes.watchlist) drawWatchlist(); });
