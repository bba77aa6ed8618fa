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
