const api = globalThis.browser ?? globalThis.chrome;
const DEFAULTS = { autoMark: true, kinds: { quote: true, speaker: true, person: true, organization: true, place: false, figure: true } };

const o = await api.storage.sync.get(DEFAULTS);
const kinds = { ...DEFAULTS.kinds, ...(o.kinds || {}) };
const auto = document.getElementById('autoMark');
auto.checked = o.autoMark;
for (const box of document.querySelectorAll('[data-kind]')) box.checked = !!kinds[box.dataset.kind];

document.body.addEventListener('change', async () => {
  for (const box of document.querySelectorAll('[data-kind]')) kinds[box.dataset.kind] = box.checked;
  await api.storage.sync.set({ autoMark: auto.checked, kinds });
  document.getElementById('saved').textContent = 'Saved. Pages marked from now on use these settings.';
});
