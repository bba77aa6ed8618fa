// Writes bench/watchlist-500.txt, the watchlist of the watchlist benchmark (tools/budgets.mjs): 500
// items a monitor might follow, made from the project's own lexicons (organizations, places, given
// names with common surnames) and 50 patterns in the shapes monitors write. Nothing comes from the
// benchmark corpus or the evaluation data: how many items a text mentions is left to chance, as on
// a real beat. Run: node tools/make_watchlist.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const lines = (f) => readFileSync(join(ROOT, 'lexicons', f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
// every k-th line, so the items spread over each list
const spread = (xs, n) => Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]);
const SURNAMES = ['Smith', 'Johnson', 'Haddad', 'Nasser', 'Khan', 'Garcia', 'Müller', 'Rossi', 'Kowalski', 'Nguyen', 'Okafor', 'Silva',
  'Al-Amin', 'bin Talal', 'Dubois', 'Ivanova', 'Tanaka', 'Chen', 'O’Brien', 'Papadopoulos'];
const TOPICS = ['oil', 'wheat', 'gas', 'border', 'election', 'ceasefire', 'budget', 'pension', 'vaccine', 'tariff'];
const PATTERNS = [
  (w) => `(?i)\\b${w} (talks|deal|agreement|accord)\\b`,
  (w) => `(?i)\\b${w} prices? (rose|fell|jumped|dropped)\\b`,
  (w) => `(?i)\\bminist(er|ry) (of|for) ${w}\\b`,
  (w) => `(?i)\\bnew ${w} (law|rules|bill)\\b`,
  (w) => `\\b\\d+ (people|civilians|soldiers|protesters) (killed|wounded|injured|arrested) in ${w[0].toUpperCase() + w.slice(1)}\\b`,
];
const items = [
  '# 500 items for the watchlist benchmark (tools/make_watchlist.mjs)',
  '[Organizations #7c3aed]', ...spread(lines('organizations.txt'), 150),
  '[Places #0891b2]', ...spread(lines('places.txt'), 150),
  '[People #dc2626]', ...spread(lines('given_names.txt'), 150).map((g, i) => `${g} ${SURNAMES[i % SURNAMES.length]}`),
  '[Topics #d97706]', ...TOPICS.flatMap((w) => PATTERNS.map((p) => `/${p(w)}/`)),
];
writeFileSync(join(ROOT, 'bench', 'watchlist-500.txt'), items.join('\n') + '\n');
console.log(`bench/watchlist-500.txt: ${items.filter((l) => !l.startsWith('#') && !l.startsWith('[')).length} items`);
