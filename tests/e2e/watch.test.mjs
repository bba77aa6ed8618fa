// The watchlist, in Chromium and in Firefox: an item added in the options is marked on an open
// article without reload, counted on the toolbar button and listed first in the popup; an invalid
// pattern is refused with the engine's error beside it and nothing else is lost; removing an item
// removes its marks; the list goes out and comes back as a text file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inEachBrowser } from './browser.mjs';

/** The texts under the watch highlights of a page (every colour). */
const watchMarks = (page) => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark-watch-'))
  .flatMap((k) => [...CSS.highlights.get(k)].map((r) => r.toString())));

inEachBrowser('the watchlist', (b) => {
  const badge = async (page) => {
    const tabId = await b.tabId(page);
    return b.inExtension((t) => (globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: t }), tabId);
  };
  const add = async (options, text, { pattern = false, group = '', color = null } = {}) => {
    await options.evaluate((t, p, g, c) => {
      document.getElementById('watch-text').value = t;
      document.getElementById('watch-pattern').checked = p;
      document.getElementById('watch-group').value = g;
      if (c) document.getElementById('watch-color').value = c;
      document.querySelector('#watch-add button[type=submit]').click();
    }, text, pattern, group, color);
  };
  const items = (options) => options.$$eval('#watch-items .watch-item', (els) => els.map((e) => e.textContent));

  test('an item added in the options is marked on the open page, counted on the button, listed first; removed, its marks go', async () => {
    const page = await b.open('/news/article.html?t=watch');
    assert.deepEqual(await watchMarks(page), []);
    assert.equal(await badge(page), '');
    const options = await b.extensionPage('/options/options.html');
    await options.waitForSelector('#watch-items li');

    await add(options, 'Rami al Khatib');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('newsmark-watch-')), { timeout: 10000, polling: 100 });
    const marks = await watchMarks(page);
    // the name as written, its later mentions (surname alone), and "he" where he speaks
    assert.ok(marks.includes('Rami Al-Khatib'), marks.join(' | '));
    assert.ok(marks.filter((m) => m === 'Al-Khatib').length >= 2, marks.join(' | '));
    for (let t = 0; t < 50 && (await badge(page)) !== '1'; t++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await badge(page), '1');

    // a pattern in a group with a colour: marked in that colour
    await add(options, '(?i)\\bdesert shield front\\b', { pattern: true, group: 'Armed groups', color: '#7c3aed' });
    await page.waitForFunction(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark-watch-')).length === 2, { timeout: 10000, polling: 100 });
    assert.ok((await watchMarks(page)).includes('Desert Shield Front'));
    for (let t = 0; t < 50 && (await badge(page)) !== '2'; t++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await badge(page), '2');

    // an invalid pattern: refused with the engine's error beside it; the list is as it was
    await add(options, '(unclosed', { pattern: true });
    await options.waitForFunction(() => document.getElementById('watch-add-error').textContent.length > 0);
    assert.match(await options.$eval('#watch-add-error', (e) => e.textContent), /^Not added: .*(unclosed|group)/);
    assert.equal(await options.$eval('#watch-text', (e) => e.getAttribute('aria-invalid')), 'true');
    assert.deepEqual(await items(options), ['Rami al Khatib', '/(?i)\\bdesert shield front\\b/']);

    // the popup lists the watched items first, each with its quotes
    const popup = await b.popup(page);
    const first = await popup.$eval('#summary section', (s) => s.className);
    assert.equal(first, 'watched');
    const watched = await popup.$$eval('.watched .watch-name', (els) => els.map((e) => e.textContent));
    assert.deepEqual(watched, ['Rami al Khatib', '/(?i)\\bdesert shield front\\b/']);
    const quotes = await popup.$$eval('.watched .watch:first-child .quotes li', (els) => els.length);
    assert.ok(quotes >= 4, `${quotes} quotes under the watched spokesman`);
    assert.match(await popup.$eval('#status', (e) => e.textContent), /^2 watched items · /);
    await popup.close();

    // removed: its marks go, the other item's stay
    await options.evaluate(() => document.querySelector('#watch-items li button').click());
    await page.waitForFunction(() => ![...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark-watch-')).some((k) => [...CSS.highlights.get(k)].some((r) => r.toString() === 'Rami Al-Khatib')), { timeout: 10000, polling: 100 });
    assert.deepEqual([...new Set(await watchMarks(page))], ['Desert Shield Front']);
    for (let t = 0; t < 50 && (await badge(page)) !== '1'; t++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await badge(page), '1');

    // the list as a text file, and back
    const file = await options.evaluate(async () => {
      let got = null;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () { got = this.href; };
      document.getElementById('watch-export').click();
      for (let i = 0; i < 100 && !got; i++) await new Promise((r) => setTimeout(r, 20));
      HTMLAnchorElement.prototype.click = click;
      return got && (await (await fetch(got)).text());
    });
    assert.match(file, /\n\[Armed groups #7c3aed\]\n\/\(\?i\)\\bdesert shield front\\b\/\n/);
    const path = join(mkdtempSync(join(tmpdir(), 'newsmark-watch-')), 'list.txt');
    writeFileSync(path, file + 'Yousef bin Nasser al-Hamdan\n/(still unclosed/\n');
    await (await options.$('#watch-import')).uploadFile(path);
    await options.waitForFunction(() => document.querySelectorAll('#watch-items .watch-item').length === 3, { timeout: 10000, polling: 100 });
    // the invalid one is kept, inert, with its reason beside it
    assert.match(await options.$eval('#watch-items li:last-child .error', (e) => e.textContent), /^Not used: /);
    await page.waitForFunction(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark-watch-')).some((k) => [...CSS.highlights.get(k)].some((r) => r.toString() === 'Yousef bin Nasser Al-Hamdan')), { timeout: 10000, polling: 100 });

    // leave the list empty for the other suites
    await b.inExtension(() => (globalThis.browser ?? globalThis.chrome).storage.local.set({ watchlist: [] }));
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('newsmark-watch-')), { timeout: 10000, polling: 100 });
    await options.close();
    await page.close();
  });

  test('the popup groups figures about the same thing and flags values that disagree', async () => {
    const page = await b.open('/news/toll.html');
    const popup = await b.popup(page);
    const groups = await popup.$$eval('.figures .groups li', (els) => els.map((e) => ({ text: e.textContent, disagree: e.classList.contains('disagree') })));
    const toll = groups.find((g) => g.text.startsWith('people killed: '));
    assert.ok(toll, JSON.stringify(groups));
    assert.ok(toll.disagree && /Twelve people · 15 people ⚠ the values disagree$/.test(toll.text), toll.text);
    // the market's stalls (400, and 120 added) are counted, not contradicted
    assert.ok(groups.filter((g) => g.disagree).length === 1, JSON.stringify(groups));
    await popup.close();
    await page.close();
  });
});
