const api = globalThis.browser ?? globalThis.chrome;
const DEFAULTS = { autoMark: true, disabledSites: [], kinds: { quote: true, speaker: true, person: true, organization: true, place: false, figure: true } };
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
