// Pages in languages Newsmark has no rules for: figures only, read in the language's own number
// format, never English rules on other text, and the popup says so. The fixtures are the
// project's own (a French story with lang="fr", the same story under lang="en" as templates
// write it, a German story with no lang at all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inEachBrowser, marked } from './browser.mjs';

const KINDS = ['quote', 'speaker', 'person', 'organization', 'place'];
const nonFigures = async (page) => (await Promise.all(KINDS.map((k) => marked(page, k)))).flat();

inEachBrowser('pages in other languages', (b) => {
  for (const [path, language, figures] of [
    ['/news/french.html', 'French', ['2 209', '1 750', '55,8 %', '900', '12,5', '3,2 %', '2025', '12.03.2026', '14:30']],
    ['/news/french-as-english.html', 'French', ['2 209', '55,8 %', '12.03.2026']],
    ['/news/german.html', 'German', ['1.234', '87,5', '35 €', '12.500.000']],
  ]) {
    test(`${path}: the figures only, as ${language} writes them, and the popup says why`, async () => {
      const page = await b.open(path);
      const before = await page.evaluate(() => document.body.textContent);
      const figs = await marked(page, 'figure');
      for (const f of figures) assert.ok(figs.includes(f), `figure ${f} not marked as one: ${figs.join(' | ')}`);
      // "2 209" is one figure, not "2" and "209"
      assert.ok(!figs.includes('209') && !figs.includes('234'), figs.join(' | '));
      assert.deepEqual(await nonFigures(page), [], 'English rules ran on a page that is not English');
      const popup = await b.popup(page);
      await popup.waitForFunction(() => !document.getElementById('language-note').hidden, { timeout: 5000 });
      const note = await popup.$eval('#language-note', (e) => e.textContent);
      assert.match(note, new RegExp(`This page is in ${language}\\.`));
      assert.match(note, /English only/);
      assert.match(await popup.$eval('#status', (e) => e.textContent), /figures?/);
      assert.equal(await popup.$$eval('.speaker', (els) => els.length), 0);
      await popup.close();
      assert.equal(await page.evaluate(() => document.body.textContent), before, 'the page text changed');
      await page.close();
    });
  }

  test('an English page says nothing about its language', async () => {
    const page = await b.open('/news/article.html?lang');
    assert.ok((await marked(page, 'speaker')).length > 0);
    const popup = await b.popup(page);
    await popup.waitForFunction(() => /speaker/.test(document.getElementById('status').textContent), { timeout: 5000 });
    assert.equal(await popup.$eval('#language-note', (e) => e.hidden), true);
    await popup.close();
    await page.close();
  });

  test('no page threw', () => {
    assert.deepEqual(b.errors, []);
  });
});
