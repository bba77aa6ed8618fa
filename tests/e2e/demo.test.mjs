// The demo page (www/): the same WASM build and the same painter, on the project's sample article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inEachBrowser, marked, attr, sleep, SHOTS } from './browser.mjs';

inEachBrowser('the demo page', (b) => {
  test('the demo marks the preloaded article and summarises it; a pasted article replaces it', async () => {
    const page = await b.newPage();
    await page.goto(b.server.url + '/');
    await page.waitForSelector('html[data-newsmark="ready"]');
    const speakers = await page.$$eval('#summary .speaker .name', (els) => els.map((e) => e.textContent));
    assert.deepEqual(speakers.slice(0, 2), ['Rami Al-Khatib', 'Yousef bin Nasser Al-Hamdan']);
    assert.ok((await marked(page, 'speaker')).length > 0);
    assert.ok((await marked(page, 'figure')).includes('$1.3 billion'));
    await page.screenshot({ path: join(SHOTS, `demo-${b.name}.png`) });
    // "Copy" beside a quote: the quote with its speaker, role and a link back
    const cited = await page.evaluate(async () => {
      let got = null;
      navigator.clipboard.writeText = async (t) => { got = t; };
      document.querySelector('#summary li.direct button.copy').click();
      for (let i = 0; i < 100 && !got; i++) await new Promise((r) => setTimeout(r, 20));
      return got;
    });
    assert.match(cited, /^“The state has more than one way.*” — Rami Al-Khatib, Jordanian government spokesperson \(Newsmark demo\)\nhttp:\/\/127\.0\.0\.1:\d+\/#:~:text=The%20state/);
    // paste another article
    await page.evaluate(() => {
      document.querySelector('#input-box').open = true;
      document.querySelector('#input').value = 'City Desk\n\nMayor opens bridge\n\n“It will carry 40,000 cars a day,” Mayor Ana Ruiz said on Friday.';
      document.querySelector('#analyze').click();
    });
    await page.waitForFunction(() => document.querySelector('#summary .speaker .name')?.textContent === 'Ana Ruiz');
    assert.deepEqual(await marked(page, 'figure'), ['40,000', 'Friday']);
    await page.close();
  });

  test('the extension, installed in the same browser, leaves the demo to mark itself', async () => {
    // both would paint the same highlights; the extension's answer for the old text, arriving
    // after a pasted article had replaced it, once put the old marks back over the demo's
    const page = await b.newPage();
    await page.goto(b.server.url + '/');
    await page.waitForSelector('html[data-newsmark="ready"]');
    let summary = null;
    for (let t = 0; t < 50 && !summary; t++) summary = await b.tell(page, { type: 'newsmark:summary' }).catch(() => sleep(100).then(() => null));
    assert.equal(summary && summary.status, 'self');
    await b.tell(page, { type: 'newsmark:mark' });
    await b.tell(page, { type: 'newsmark:clear' });
    assert.equal(await attr(page, 'data-newsmark'), 'ready', 'the demo\'s own state stays');
    assert.ok((await marked(page, 'figure')).length > 0, 'the demo\'s marks stay');
    const popup = await b.extensionPage(`/popup/popup.html?tab=${await b.tabId(page)}`);
    await popup.waitForFunction(() => /marks its own text/.test(document.getElementById('status').textContent));
    await popup.close();
    await page.close();
  });

  test('no page threw', () => {
    assert.deepEqual(b.errors, []);
  });
});
