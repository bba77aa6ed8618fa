// The demo page (www/): the same WASM build and the same painter, on the seed article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, marked, SHOTS } from './browser.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { if (b) await b.close(); });

test('the demo marks the preloaded article and summarises it; a pasted article replaces it', async () => {
  const page = await b.ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(b.server.url + '/');
  await page.waitForSelector('html[data-newsmark="ready"]');
  const speakers = await page.$$eval('#summary .speaker .name', (els) => els.map((e) => e.textContent));
  assert.ok(speakers.length >= 2, speakers.join(' | '));
  assert.ok((await marked(page, 'speaker')).length > 0);
  assert.ok((await marked(page, 'figure')).length > 0);
  await page.screenshot({ path: join(SHOTS, 'demo.png') });
  // paste another article
  await page.click('#input-box summary');
  await page.fill('#input', 'City Desk\n\nMayor opens bridge\n\n“It will carry 40,000 cars a day,” Mayor Ana Ruiz said on Friday.');
  await page.click('#analyze');
  await page.waitForFunction(() => document.querySelector('#summary .speaker .name')?.textContent === 'Ana Ruiz');
  assert.deepEqual(await marked(page, 'figure'), ['40,000', 'Friday']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the extension, installed in the same browser, leaves the demo to mark itself', async () => {
  // both would paint the same highlights; the extension's answer for the old text, arriving
  // after a pasted article had replaced it, once put the old marks back over the demo's
  const page = await b.ctx.newPage();
  await page.goto(b.server.url + '/');
  await page.waitForSelector('html[data-newsmark="ready"]');
  await page.waitForLoadState('load');
  let summary = null;
  for (let t = 0; t < 50 && !summary; t++) summary = await b.tell(page, { type: 'newsmark:summary' }).catch(() => page.waitForTimeout(100).then(() => null));
  assert.equal(summary && summary.status, 'self');
  await b.tell(page, { type: 'newsmark:mark' });
  await b.tell(page, { type: 'newsmark:clear' });
  assert.equal(await page.getAttribute('html', 'data-newsmark'), 'ready', 'the demo\'s own state stays');
  assert.ok((await marked(page, 'figure')).length > 0, 'the demo\'s marks stay');
  const popup = await b.ctx.newPage();
  await popup.goto(`chrome-extension://${b.extId}/popup/popup.html?tab=${await b.tabId(page)}`);
  await popup.waitForFunction(() => /marks its own text/.test(document.getElementById('status').textContent));
  await popup.close();
  await page.close();
});
