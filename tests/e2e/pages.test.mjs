// Real news pages (../shared/eval/pages: saved pages of BBC, NYT, the Guardian, CNN…, with
// Mozilla Readability's extraction as the reference for where the article is). For each page:
// uncaught errors from the extension, share of marked text inside the article, share of the
// article's paragraphs analysed, time to paint with the extension warm, text unchanged after
// removal. The pages are read in place and never copied into the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inEachBrowser, attr, SHOTS } from './browser.mjs';
import { EVAL_PAGES } from '../../tools/serve.mjs';

const here = existsSync(EVAL_PAGES);
const pages = here ? readdirSync(EVAL_PAGES).filter((d) => existsSync(join(EVAL_PAGES, d, 'source.html'))).sort() : [];

const norm = (s) => s.replace(/\s+/g, ' ').trim();
// letters and digits only: the reference is Readability's HTML, whose spacing and entities differ
const key = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function expectedParagraphs(html) {
  // paragraphs of Readability's extraction, as plain text (no DOM in Node: strip tags)
  const paras = [];
  for (const m of html.matchAll(/<(p|li|blockquote|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const t = norm(m[2].replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))));
    if (t.length >= 60) paras.push(t);
  }
  return paras;
}

const suite = here ? inEachBrowser : (title) => test(title, { skip: 'skipped: ../shared/eval/pages is not here (CI has it beside the checkout)' }, () => {});
suite('real news pages', (b) => {
  test('the article and only the article, without breaking the page', { timeout: 600000 }, async () => {
    const rows = [];
    for (const name of pages) {
      // the reference: Readability's article, with its title and byline (the headline is part of the story)
      const meta = existsSync(join(EVAL_PAGES, name, 'expected-metadata.json')) ? JSON.parse(readFileSync(join(EVAL_PAGES, name, 'expected-metadata.json'), 'utf8')) : {};
      const expectedHtml = `<p>${meta.title || ''}</p><p>${meta.byline || ''}</p>` + readFileSync(join(EVAL_PAGES, name, 'expected.html'), 'utf8');
      const expectedText = norm(expectedHtml.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))));
      const page = await b.browser.newPage();
      const extErrors = [];
      page.on('console', (m) => { if (m.type() === 'error' && /^(chrome|moz)-extension:/.test(m.location().url || '')) extErrors.push(m.text()); });
      page.on('pageerror', (e) => { if (/(chrome|moz)-extension:\/\//.test(String(e && e.stack || ''))) extErrors.push(String(e)); });
      await page.goto(`${b.server.url}/eval-pages/${name}/source.html`, { waitUntil: 'domcontentloaded', timeout: 30000 }).catch(() => {});
      await page.waitForSelector('html[data-newsmark]', { timeout: 20000 }).catch(() => {});
      const state = await attr(page, 'data-newsmark').catch(() => null);
      const before = await page.evaluate(() => document.body ? document.body.textContent : '');
      // warm: mark again and time it
      await b.tell(page, { type: 'newsmark:mark' }).catch(() => null);
      const ms = Number(await attr(page, 'data-newsmark-ms').catch(() => null));
      const summary = await b.tell(page, { type: 'newsmark:text' }).catch(() => null);
      const marked = await page.evaluate((expected) => {
        const normIn = (s) => s.replace(/\s+/g, ' ').trim();
        const keyIn = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
        let inside = 0, total = 0;
        const outside = [];
        for (const [name, h] of CSS.highlights) {
          if (!name.startsWith('newsmark-') || name === 'newsmark-focus') continue;
          for (const r of h) {
            const t = r.toString();
            let el = r.startContainer.parentElement;
            while (el && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
            const block = normIn(el ? el.textContent : t);
            const at = block.indexOf(normIn(t));
            const ctx = block.length <= 160 ? block : block.slice(Math.max(0, at - 60), Math.max(0, at) + t.length + 60);
            total += t.length;
            if (expected.includes(keyIn(ctx)) || (keyIn(t).length > 30 && expected.includes(keyIn(t)))) inside += t.length;
            else if (outside.length < 6) outside.push(ctx.slice(0, 120));
          }
        }
        return { inside, total, outside };
      }, key(expectedText));
      const analysed = norm(summary && summary.text ? summary.text : '');
      const analysedKey = key(analysed);
      const paras = expectedParagraphs(expectedHtml);
      const seen = (p) => { const k = key(p); const mid = Math.floor(k.length / 2); return analysedKey.includes(k.slice(Math.max(0, mid - 20), mid + 20)); };
      const found = paras.filter(seen).length;
      await b.tell(page, { type: 'newsmark:clear' }).catch(() => null);
      const afterText = await page.evaluate(() => document.body ? document.body.textContent : '');
      rows.push({
        name, state, errors: extErrors.length, ms,
        insideShare: marked.total ? marked.inside / marked.total : null,
        analysedShare: paras.length ? found / paras.length : null,
        words: analysed.split(' ').length, unchanged: before === afterText, errorText: extErrors[0],
        outside: marked.outside, missed: paras.filter((p) => !seen(p)).slice(0, 4).map((p) => p.slice(0, 100)),
      });
      await page.close();
    }
    // report
    const pct = (x) => (x == null ? '  –  ' : (x * 100).toFixed(1).padStart(5) + '%');
    console.log(`# ${b.name}: page        state       marked-in-article  paragraphs-analysed  ms      words  unchanged`);
    for (const r of rows) console.log(`# ${r.name.padEnd(21)} ${String(r.state).padEnd(11)} ${pct(r.insideShare)}             ${pct(r.analysedShare)}               ${String(r.ms.toFixed(1)).padStart(6)}  ${String(r.words).padStart(5)}  ${r.unchanged}${r.errors ? '  ERRORS: ' + r.errorText : ''}`);
    const avg = (k) => { const v = rows.map((r) => r[k]).filter((x) => x != null); return v.reduce((a, x) => a + x, 0) / v.length; };
    const slowest = rows.reduce((a, r) => (r.ms > a.ms ? r : a), rows[0]);
    console.log(`# average: marked in article ${pct(avg('insideShare'))}, paragraphs analysed ${pct(avg('analysedShare'))}; slowest ${slowest.name} ${slowest.ms.toFixed(1)} ms for ${slowest.words} words`);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(SHOTS, `pages-${b.name}.json`), JSON.stringify(rows, null, 1));
    for (const r of rows) {
      assert.equal(r.errors, 0, `${r.name}: the extension threw: ${r.errorText}`);
      assert.ok(r.unchanged, `${r.name}: the page's text changed`);
      assert.equal(r.state, 'ready', `${r.name}: no article found`);
      assert.ok(r.insideShare >= 0.7, `${r.name}: only ${(r.insideShare * 100).toFixed(1)}% of the marked text is in the article`);
      assert.ok(r.analysedShare >= 0.7, `${r.name}: only ${(r.analysedShare * 100).toFixed(1)}% of the article's paragraphs analysed`);
    }
    assert.ok(avg('insideShare') >= 0.95, 'on average 95% of the marked text lies in the article');
    assert.ok(avg('analysedShare') >= 0.9, "on average 90% of the article's paragraphs are analysed");
    // the time to paint with the extension warm is in the table above: reported, not asserted
  });
});
