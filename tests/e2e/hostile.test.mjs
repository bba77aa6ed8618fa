// Pages that test the promises: text that arrives during an analysis, re-marking without
// flicker, a page with tens of thousands of paragraphs and marks, hostile strings in names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inEachBrowser, marked, attr, sleep } from './browser.mjs';

inEachBrowser('pages that test the promises', (b) => {
  test('text that arrives while the text is analysed is marked too', async () => {
    const page = await b.open('/news/live.html');
    await page.evaluate(() => { window.addWhileMarking = true; });
    await b.tell(page, { type: 'newsmark:mark' });
    assert.equal(await page.evaluate(() => window.addWhileMarking), false, 'the paragraph arrived during the marking');
    await page.waitForFunction(() => {
      const h = CSS.highlights.get('newsmark-speaker');
      return h && [...h].some((r) => r.toString() === 'Ana Ruiz');
    }, { timeout: 5000 });
    assert.ok((await marked(page, 'figure')).includes('Friday'));
    await page.close();
  });

  test('a re-mark never shows fewer marks than before', async () => {
    // a URL of its own: tabs are told apart by URL
    const page = await b.open('/news/live.html?remark');
    const before = await page.evaluate(() => { window.watchMarks(); return window.fewestMarks; });
    assert.ok(before >= 30, `${before} marks`);
    const runs = Number(await attr(page, 'data-newsmark-runs'));
    for (let i = 0; i < 3; i++) await b.tell(page, { type: 'newsmark:mark' });
    await sleep(50);
    assert.equal(Number(await attr(page, 'data-newsmark-runs')), runs + 3, 'marked three times more');
    const fewest = await page.evaluate(() => window.fewestMarks);
    assert.equal(fewest, before, `at one moment only ${fewest} of ${before} marks were on the page`);
    await page.close();
  });

  test('a page with 40,000 paragraphs is marked, every one of its 80,000 figures', async () => {
    const page = await b.open('/news/many.html');
    assert.equal(await attr(page, 'data-newsmark'), 'ready');
    const figures = await page.evaluate(() => CSS.highlights.get('newsmark-figure').size);
    assert.ok(figures >= 80000, `${figures} figures marked`);
    // the page still answers
    assert.equal(await page.evaluate(() => document.querySelectorAll('#rows p').length), 40000);
    await page.close();
  });

  test('no page threw', () => {
    assert.deepEqual(b.errors, []);
  });
});
