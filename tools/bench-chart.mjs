// Draws docs/benchmark.svg from target/bench/results.json (written by tools/bench.mjs):
// throughput bars (log scale) and time per byte against input size. No dependencies.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = JSON.parse(readFileSync(join(ROOT, 'target', 'bench', 'results.json'), 'utf8'));
const W = 860, H = 330, esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">`,
  `<rect width="${W}" height="${H}" fill="#fff"/>`];

// left: throughput, log scale
const bars = [['Newsmark WASM', r.throughput.wasm, '#2563eb'], ['Newsmark native', r.throughput.native, '#1e40af'],
  ['wink-nlp', r.throughput.wink, '#9ca3af'], ['compromise', r.throughput.compromise, '#9ca3af']].filter((b) => b[1]);
const x0 = 130, w0 = 270, y0 = 40;
const lmin = Math.log10(0.01), lmax = Math.log10(100);
const sx = (v) => x0 + ((Math.log10(v) - lmin) / (lmax - lmin)) * w0;
out.push(`<text x="20" y="22" font-weight="600">Throughput, MB of news text per second (log scale)</text>`);
for (const t of [0.01, 0.1, 1, 10, 100]) out.push(`<line x1="${sx(t)}" y1="${y0}" x2="${sx(t)}" y2="${y0 + bars.length * 34}" stroke="#e5e7eb"/><text x="${sx(t)}" y="${y0 + bars.length * 34 + 14}" text-anchor="middle" fill="#6b7280">${t}</text>`);
bars.forEach(([name, v, c], i) => {
  const y = y0 + i * 34 + 6;
  out.push(`<text x="${x0 - 8}" y="${y + 15}" text-anchor="end">${esc(name)}</text><rect x="${x0}" y="${y}" width="${Math.max(1, sx(v) - x0)}" height="22" fill="${c}"/><text x="${sx(v) + 6}" y="${y + 15}">${v.toFixed(v < 1 ? 2 : 1)}</text>`);
});
out.push(`<text x="20" y="${H - 20}" fill="#6b7280">${esc(r.corpus)}, ${r.docs} documents, ${r.mb.toFixed(2)} MB; ${esc(r.machine)}; ${r.date}</text>`);

// right: ns per byte against size
const x1 = 500, w1 = 320, y1 = 40, h1 = 200;
const sizes = r.scaling;
const maxNs = Math.max(...sizes.map((s) => Math.max(s.nsPerByte, s.coreNsPerByte || 0))) * 1.3;
const px = (i) => x1 + (i / (sizes.length - 1)) * w1, py = (v) => y1 + h1 - (v / maxNs) * h1;
out.push(`<text x="${x1}" y="22" font-weight="600">WASM time per byte by input size (flat = linear cost)</text>`);
out.push(`<line x1="${x1}" y1="${y1 + h1}" x2="${x1 + w1}" y2="${y1 + h1}" stroke="#9ca3af"/><line x1="${x1}" y1="${y1}" x2="${x1}" y2="${y1 + h1}" stroke="#9ca3af"/>`);
if (sizes.every((s) => s.coreNsPerByte)) {
  // the core alone (no JS object), dashed, under the analyze() line
  out.push(`<polyline fill="none" stroke="#93c5fd" stroke-width="2" stroke-dasharray="5 4" points="${sizes.map((s, i) => `${px(i)},${py(s.coreNsPerByte)}`).join(' ')}"/>`);
  out.push(`<line x1="${x1 + 10}" y1="${y1 + h1 + 38}" x2="${x1 + 34}" y2="${y1 + h1 + 38}" stroke="#2563eb" stroke-width="2"/><text x="${x1 + 40}" y="${y1 + h1 + 42}">analyze(), object included</text>`);
  out.push(`<line x1="${x1 + 200}" y1="${y1 + h1 + 38}" x2="${x1 + 224}" y2="${y1 + h1 + 38}" stroke="#93c5fd" stroke-width="2" stroke-dasharray="5 4"/><text x="${x1 + 230}" y="${y1 + h1 + 42}">core only</text>`);
}
out.push(`<polyline fill="none" stroke="#2563eb" stroke-width="2" points="${sizes.map((s, i) => `${px(i)},${py(s.nsPerByte)}`).join(' ')}"/>`);
sizes.forEach((s, i) => {
  const label = s.bytes >= 1e6 ? (s.bytes / 1e6).toFixed(0) + ' MB' : (s.bytes / 1e3).toFixed(0) + ' KB';
  out.push(`<circle cx="${px(i)}" cy="${py(s.nsPerByte)}" r="3" fill="#2563eb"/><text x="${px(i)}" y="${py(s.nsPerByte) - 8}" text-anchor="middle">${s.nsPerByte.toFixed(0)} ns</text><text x="${px(i)}" y="${y1 + h1 + 16}" text-anchor="middle" fill="#6b7280">${label}</text>`);
});
out.push('</svg>');
writeFileSync(join(ROOT, 'docs', 'benchmark.svg'), out.join('\n'));
console.log('wrote docs/benchmark.svg');
