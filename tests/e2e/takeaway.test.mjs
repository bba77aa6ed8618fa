// Taking the findings away, in Chromium and in Firefox: the popup's exports parse with real
// parsers and hold every speaker, quote and figure; they are the CLI's bytes for the same text;
// exported items are found again on the page and on an edited copy; a quote's citation and its
// text-fragment link; the keyboard commands; the per-site switch; analysing a selection; and an
// accessibility audit of the popup and the options page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Ajv from 'ajv';
import { inEachBrowser, marked, attr, sleep, ROOT } from './browser.mjs';

const CLI = join(ROOT, 'target', 'release', 'newsmark');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs', 'annotations.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const FORMATS = ['markdown', 'csv', 'csv-figures', 'annotations'];

/** The CLI on `text` with the page's metadata: its bytes for `format`. */
function cli(text, meta, format) {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-cli-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, text);
  const args = ['--format', format, file];
  for (const k of ['url', 'title', 'outlet', 'author', 'published', 'accessed']) if (meta[k]) args.push('--' + k, meta[k]);
  return execFileSync(CLI, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
}

/** Asserts that two long texts are equal, showing where they first differ (not all of them). */
function sameText(actual, expected, what) {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  assert.fail(`${what}: lengths ${actual.length} and ${expected.length}, first difference at ${i}: ${JSON.stringify(actual.slice(Math.max(0, i - 40), i + 40))} against ${JSON.stringify(expected.slice(Math.max(0, i - 40), i + 40))}`);
}

/** In the popup: clicking an export button, what it put on the clipboard or in the download. */
async function fromPopup(popup, format, act) {
  return popup.evaluate(async (f, a) => {
    let got = null;
    const clip = navigator.clipboard && navigator.clipboard.writeText;
    if (navigator.clipboard) navigator.clipboard.writeText = async (t) => { got = { text: t }; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () { got = { href: this.href, name: this.download }; };
    try {
      document.querySelector(`#export button[data-format="${f}"][data-act="${a}"]`).click();
      for (let i = 0; i < 200 && !got; i++) await new Promise((r) => setTimeout(r, 25));
    } finally {
      if (navigator.clipboard) navigator.clipboard.writeText = clip;
      HTMLAnchorElement.prototype.click = click;
    }
    if (!got) throw new Error('the button gave nothing: ' + document.getElementById('export-status').textContent);
    if (got.href) {
      const bytes = new Uint8Array(await (await fetch(got.href)).arrayBuffer());
      return { name: got.name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
    }
    return got;
  }, format, act);
}

/** Runs a keyboard command or a context-menu entry as the browser would, for the page's tab. */
async function run(b, page, what) {
  const tabId = await b.tabId(page);
  return b.inExtension((m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), { type: 'newsmark:run', tabId, ...what });
}

/** axe-core on an extension page: the violations of serious or critical impact. */
async function audit(page) {
  await page.evaluate(AXE);
  const res = await page.evaluate(async () => (await globalThis.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })));
  return res.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

inEachBrowser('taking it away', (b) => {
  test('each export parses, holds every speaker, quote and figure, and is the CLI\'s output for the same text', async () => {
    const page = await b.open('/news/article.html?t=exports');
    const { text } = await b.tell(page, { type: 'newsmark:text' });
    const meta = await b.tell(page, { type: 'newsmark:meta' });
    assert.equal(meta.outlet, 'Regional Desk');
    assert.equal(meta.author, 'Lina Haddad');
    assert.equal(meta.published, '2024-10-26T08:00:00Z');
    assert.equal(meta.url, page.url());
    const analysis = JSON.parse(cli(text, meta, 'json'));
    const popup = await b.popup(page);
    const out = {};
    for (const format of FORMATS) {
      const copied = await fromPopup(popup, format, 'copy');
      const saved = await fromPopup(popup, format, 'download');
      sameText(copied.text, saved.text, `${format}: copy and download`);
      assert.match(saved.name, /^newsmark-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.(md|csv|figures\.csv|annotations\.json)$/);
      sameText(saved.text, cli(text, meta, format), `${format}: the extension's export against the CLI's`);
      out[format] = saved.text;
    }
    const quoteText = (q) => (q.fragments || [[q.start, q.end]]).map(([s, e]) => text.slice(s, e)).join(' … ').replace(/\s+/g, ' ').trim();
    const speakers = analysis.summary.speakers.map((s) => s.name);
    assert.ok(speakers.length >= 2 && analysis.quotes.length >= 5, `${speakers.length} speakers, ${analysis.quotes.length} quotes`);

    // CSV of quotes: one row a quote, every speaker there
    const rows = parseCsv(out.csv, { columns: true, bom: true });
    assert.deepEqual(Object.keys(rows[0]), ['speaker', 'role', 'kind', 'verb', 'quote', 'start', 'end', 'url', 'title', 'outlet', 'published']);
    assert.equal(rows.length, analysis.quotes.length);
    for (const q of analysis.quotes) assert.ok(rows.some((r) => r.quote.replace(/\s+/g, ' ') === quoteText(q)), 'CSV holds ' + quoteText(q).slice(0, 40));
    for (const s of speakers) assert.ok(rows.some((r) => r.speaker === s), 'CSV names ' + s);
    assert.ok(rows.every((r) => r.url === meta.url && r.outlet === 'Regional Desk'), 'each row says where it was said');
    // CSV of figures: one row a distinct figure; every figure's words in it (but the minor ones:
    // "today", "monthly")
    const figures = parseCsv(out['csv-figures'], { columns: true, bom: true });
    assert.equal(figures.length, analysis.summary.figures.length);
    for (const m of analysis.mentions.filter((x) => x.kind === 'figure' && !x.figure.minor)) {
      assert.ok(figures.some((f) => f.figure.includes(m.text)), 'figures CSV holds ' + m.text);
    }
    assert.ok(figures.some((f) => f.figure === '$1.3 billion' && f.kind === 'money' && f.value === '1300000000' && f.unit === 'USD'), 'a normalised value');
    // Markdown: every speaker and every quote
    for (const s of speakers) assert.ok(out.markdown.includes(s), 'Markdown names ' + s);
    for (const q of analysis.quotes) assert.ok(out.markdown.replace(/\s+/g, ' ').includes(quoteText(q).slice(0, 60)), 'Markdown holds ' + quoteText(q).slice(0, 40));
    // annotations: valid against the documented schema, every quote and mark an item
    const ann = JSON.parse(out.annotations);
    assert.ok(validate(ann), JSON.stringify(validate.errors && validate.errors.slice(0, 3)));
    assert.equal(ann.first.items.length, analysis.quotes.length + analysis.mentions.length);
    for (const s of speakers) assert.ok(ann.first.items.some((i) => i.body.speaker === s), 'annotations name ' + s);
    // the BOM option, for spreadsheets
    await popup.click('#bom');
    assert.ok((await fromPopup(popup, 'csv', 'download')).text.startsWith('\uFEFF'), 'CSV with a BOM when asked');
    assert.ok(!(await fromPopup(popup, 'markdown', 'download')).text.startsWith('\uFEFF'), 'never Markdown');
    await popup.close();
    await page.close();
  });

  test('every exported item is found again from its selectors, on the page and on an edited copy', async () => {
    const page = await b.open('/news/article.html?t=anchors');
    const exp = await b.tell(page, { type: 'newsmark:export', format: 'annotations' });
    const items = JSON.parse(exp.data).first.items.map((i) => {
      const [q, p] = i.target.selector;
      return { id: i.id, exact: q.exact, prefix: q.prefix, suffix: q.suffix, position: p.start, quote: i.body.kind === 'quote' };
    });
    const same = await b.tell(page, { type: 'newsmark:anchor', items });
    assert.equal(same.found, items.length, 'all found on the original');
    items.forEach((it, k) => assert.equal(same.spans[k][0], it.position, it.id + ' at its recorded place'));
    const anchoredMarks = await marked(page, 'anchored');
    assert.equal(anchoredMarks.length, items.length, 'each found item is marked');

    // the page gains two paragraphs before the story, and the paragraph before one quote is edited
    const runs = Number(await attr(page, 'data-newsmark-runs'));
    const edited = await page.evaluate(() => {
      const article = document.querySelector('article');
      for (const t of ['Correction: an earlier version misspelled the name of a border town.', 'Editor’s note: this article was updated on Friday to add reactions from the region.']) {
        const p = document.createElement('p');
        p.textContent = t;
        article.prepend(p);
      }
      const before = [...document.querySelectorAll('article p')].find((p) => p.textContent.includes('11.5 million people') && !p.textContent.startsWith('“'));
      before.textContent = before.textContent.replace('11.5 million people', 'some 11.5 million inhabitants');
      return before.textContent;
    });
    assert.match(edited, /inhabitants/);
    await page.waitForFunction((n) => Number(document.documentElement.dataset.newsmarkRuns) > n && document.documentElement.dataset.newsmark === 'ready', { timeout: 10000 }, runs);
    const { text } = await b.tell(page, { type: 'newsmark:text' });
    const quotes = items.filter((i) => i.quote);
    const moved = await b.tell(page, { type: 'newsmark:anchor', items: quotes });
    assert.equal(moved.found, quotes.length, 'every quote found on the edited copy');
    quotes.forEach((q, k) => {
      const [s, e] = moved.spans[k];
      assert.equal(text.slice(s, e), q.exact);
      assert.ok(s > q.position, `${q.id} moved with the text added before it`);
      // the right occurrence: one side of its context still agrees
      assert.ok(text.slice(s - q.prefix.length, s) === q.prefix || text.slice(e, e + q.suffix.length) === q.suffix, q.id + ' keeps a side of its context');
    });
    // the popup's import: an annotations file shows its items on the page
    const popup = await b.popup(page);
    const file = join(mkdtempSync(join(tmpdir(), 'newsmark-import-')), 'items.annotations.json');
    writeFileSync(file, exp.data);
    const input = await popup.$('#import');
    await input.uploadFile(file);
    await popup.waitForFunction(() => /^Found/.test(document.getElementById('export-status').textContent), { timeout: 10000 });
    const said = await popup.$eval('#export-status', (e) => e.textContent);
    assert.match(said, new RegExp(`^Found ${items.length} of ${items.length} items`));
    await popup.close();
    await page.close();
  });

  test('a quote copied from the popup carries its citation and a link that scrolls to it', async () => {
    const page = await b.open('/news/article.html?t=cite');
    const popup = await b.popup(page);
    const cited = await popup.evaluate(async () => {
      let got = null;
      navigator.clipboard.writeText = async (t) => { got = t; };
      document.querySelector('.speaker li.direct button.copy').click();
      for (let i = 0; i < 200 && !got; i++) await new Promise((r) => setTimeout(r, 25));
      return got;
    });
    assert.ok(cited, 'something was copied');
    const [line, link] = cited.split('\n');
    assert.match(line, /^“.+” — Rami Al-Khatib, Jordanian government spokesperson \(Regional Desk, 2024-10-26\)$/);
    assert.ok(link.startsWith(page.url() + '#:~:text='), link);
    // the context menu's entry: the quote under the pointer
    const point = await page.evaluate(() => {
      const h = [...CSS.highlights.get('newsmark-quote')].find((r) => r.toString().startsWith('The state has more'));
      const rect = h.getClientRects()[0];
      return { x: rect.left + 5, y: rect.top + rect.height / 2 };
    });
    await page.bringToFront();
    await page.mouse.click(point.x, point.y, { button: 'right' });
    await page.keyboard.press('Escape');
    const menu = await run(b, page, { menu: 'newsmark-copy-quote' });
    assert.ok(menu && menu.ok, JSON.stringify(menu));
    assert.ok(menu.text.startsWith('“The state has more than one way'), menu.text);
    {
      // opened, the link scrolls to the quote
      const last = (await b.tell(page, { type: 'newsmark:export', format: 'csv' })).data;
      const rows = parseCsv(last, { columns: true });
      const far = rows.reduce((a, r) => (Number(r.start) > Number(a.start) ? r : a));
      const index = JSON.parse(cli((await b.tell(page, { type: 'newsmark:text' })).text, {}, 'json')).quotes.findIndex((q) => q.start === Number(far.start));
      const { text: citation } = await b.tell(page, { type: 'newsmark:cite', index });
      const url = citation.split('\n')[1];
      const reader = await b.newPage();
      await reader.goto(url);
      await reader.waitForFunction(() => window.scrollY > 200, { timeout: 5000 });
      const visible = await reader.evaluate((words) => {
        const p = [...document.querySelectorAll('article p')].find((e) => e.textContent.includes(words));
        const r = p.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }, far.quote.slice(0, 30));
      assert.ok(visible, 'the quote is in view');
      await reader.close();
    }
    await popup.close();
    await page.close();
  });

  test('the keyboard commands hide and show the marks and walk the quotes in order, announced', async () => {
    const page = await b.open('/news/article.html?t=keys');
    const hidden = await run(b, page, { command: 'toggle-marks' });
    assert.equal(hidden.marks, false);
    assert.deepEqual(await marked(page, 'speaker'), []);
    const shown = await run(b, page, { command: 'toggle-marks' });
    assert.equal(shown.marks, true);
    assert.ok((await marked(page, 'speaker')).includes('Rami Al-Khatib'));
    const { text } = await b.tell(page, { type: 'newsmark:text' });
    const starts = JSON.parse(cli(text, {}, 'json')).quotes.map((q) => q.start).sort((a, c) => a - c);
    const seen = [];
    for (let k = 0; k < starts.length; k++) {
      const r = await run(b, page, { command: 'next-quote' });
      assert.equal(r.position, k + 1);
      assert.equal(r.of, starts.length);
      // (a smooth scroll where the reader allows motion: wait for it to arrive)
      const focus = await (await page.waitForFunction(() => {
        const h = CSS.highlights.get('newsmark-focus');
        const range = h && [...h][0];
        const rect = range && range.getBoundingClientRect();
        const live = document.querySelector('newsmark-live');
        const inView = !!rect && rect.top < innerHeight && rect.bottom > 0;
        return inView && { text: range.toString(), inView, said: live ? live.shadowRoot.querySelector('[role=status]').textContent : '' };
      }, { timeout: 5000 })).jsonValue();
      assert.ok(focus.inView, `quote ${k + 1} is scrolled into view`);
      assert.ok(focus.said.startsWith(`Quote ${k + 1} of ${starts.length}:`), focus.said);
      seen.push(focus.text);
    }
    assert.equal((await run(b, page, { command: 'next-quote' })).position, 1, 'past the last, back to the first');
    assert.equal((await run(b, page, { command: 'previous-quote' })).position, starts.length, 'and back to the last');
    assert.equal(seen.length, starts.length);
    // in reading order: each focus starts where the quotes start, in turn
    seen.forEach((s, k) => assert.equal(s.slice(0, 10), text.slice(starts[k], starts[k] + 10)));
    // the shortcuts are declared, and shown on the options page
    const keys = await b.inExtension(() => [...document.querySelectorAll('#keys li')].map((li) => li.textContent));
    assert.equal(keys.length, 4, keys.join(' | '));
    assert.ok(keys.some((k) => /Alt\+Shift\+M/.test(k) && /hide the marks/.test(k)), keys.join(' | '));
    await page.close();
  });

  test('a site switched off gets no marks, even after reload, and is marked again when switched on', async () => {
    const page = await b.open('/news/article.html?t=site');
    const popup = await b.popup(page);
    assert.equal(await popup.$eval('#site-name', (e) => e.textContent), '127.0.0.1');
    await popup.click('#site');
    await page.waitForFunction(() => document.documentElement.dataset.newsmark === 'off', { timeout: 5000 });
    assert.deepEqual(await marked(page, 'quote'), []);
    await page.reload();
    await page.waitForSelector('html[data-newsmark]');
    await sleep(500);
    assert.equal(await attr(page, 'data-newsmark'), 'off');
    assert.deepEqual(await marked(page, 'speaker'), []);
    // the options page lists it, and turns it back on
    const options = await b.extensionPage('/options/options.html');
    await options.waitForFunction(() => document.querySelector('#sites li button'));
    assert.match(await options.$eval('#sites', (e) => e.textContent), /127\.0\.0\.1/);
    await options.click('#sites li button');
    await page.waitForFunction(() => document.documentElement.dataset.newsmark === 'ready', { timeout: 10000 });
    assert.ok((await marked(page, 'speaker')).includes('Rami Al-Khatib'));
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.newsmark === 'ready', { timeout: 10000 });
    assert.ok((await marked(page, 'speaker')).includes('Rami Al-Khatib'));
    assert.match(await options.$eval('#sites', (e) => e.textContent), /None/);
    await options.close();
    await popup.close();
    await page.close();
  });

  test('a selection on a page with no article found is analysed and marked, and the popup summarises it', async () => {
    const page = await b.open('/news/noarticle.html');
    assert.equal(await attr(page, 'data-newsmark'), 'no-article');
    assert.deepEqual(await marked(page, 'speaker'), []);
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('msg'));
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    });
    const res = await run(b, page, { menu: 'newsmark-analyse-selection' });
    assert.ok(res && res.ok && res.quotes >= 2, JSON.stringify(res));
    assert.ok((await marked(page, 'speaker')).some((s) => /Okafor/.test(s)), 'the speaker is marked');
    assert.ok((await marked(page, 'figure')).includes('$24 million'));
    assert.ok((await marked(page, 'organization')).some((o) => /Northport Harbour Board|Keller Marine/.test(o)));
    assert.equal(await page.evaluate(() => document.body.innerHTML), before, 'the page is unchanged');
    const popup = await b.popup(page);
    assert.match(await popup.$eval('#status', (e) => e.textContent), /^The selection: /);
    const names = await popup.$$eval('.speaker .name', (els) => els.map((e) => e.textContent));
    assert.ok(names.includes('Maria Okafor'), names.join(' | '));
    await popup.close();
    await page.close();
  });

  test('the popup and the options page pass an accessibility audit (no serious or critical issue), light and dark', async () => {
    const page = await b.open('/news/article.html?t=audit');
    const popup = await b.popup(page);
    const options = await b.extensionPage('/options/options.html');
    await options.waitForSelector('#keys li');
    for (const scheme of ['light', 'dark']) {
      if (scheme === 'dark') {
        try {
          await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
          await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        } catch (e) {
          console.log(`# ${b.name}: dark scheme not emulated (${e.message.split('\n')[0]}); audited in light only`);
          break;
        }
      }
      for (const [name, p] of [['popup', popup], ['options', options]]) {
        const bad = await audit(p);
        assert.deepEqual(bad, [], `${name} (${scheme}): ${JSON.stringify(bad)}`);
      }
    }
    // every control is reached from the keyboard, with a visible focus
    await popup.bringToFront();
    let outlines = 0, stops = 0;
    for (let k = 0; k < 12; k++) {
      await popup.keyboard.press('Tab');
      const f = await popup.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        return { tag: e.tagName, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
      });
      if (!f) continue;
      stops++;
      if (f.outline) outlines++;
    }
    assert.ok(stops >= 8, `${stops} controls reached by Tab`);
    assert.equal(outlines, stops, 'each shows a focus ring');
    await options.close();
    await popup.close();
    await page.close();
  });
});
