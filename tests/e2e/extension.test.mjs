// The real extension, in Chromium and in Firefox, on the project's sample article served as a
// news page (navigation, a rail, comments and a footer around the story).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inEachBrowser, marked, attr, clickText, SHOTS } from './browser.mjs';

async function checkSampleMarks(page) {
  assert.equal(await attr(page, 'data-newsmark'), 'ready');
  const speakers = await marked(page, 'speaker');
  assert.ok(speakers.includes('Rami Al-Khatib'), 'Rami Al-Khatib is marked as a speaker: ' + speakers.join(' | '));
  assert.ok(speakers.includes('Yousef bin Nasser Al-Hamdan'), 'Al-Hamdan is marked as a speaker: ' + speakers.join(' | '));
  const orgs = await marked(page, 'organization');
  assert.ok(orgs.includes('Desert Shield Front'), 'the Desert Shield Front is an organization: ' + orgs.join(' | '));
  assert.ok(orgs.includes('Liwa al-Badiya'), orgs.join(' | '));
  const figures = await marked(page, 'figure');
  assert.ok(figures.includes('$1.3 billion'), '$1.3 billion is a figure: ' + figures.join(' | '));
  assert.ok(figures.some((f) => f.endsWith('10-15%')), figures.join(' | '));
  const quotes = await marked(page, 'quote');
  assert.ok(quotes.some((q) => q.startsWith('The state has more than one way')), 'the direct quote is marked');
  // nothing from the navigation, the rail, the comments or the footer
  const all = [...speakers, ...orgs, ...figures, ...(await marked(page, 'person'))];
  for (const noise of ['John Smith', '$5 billion', 'OPEC', '2,500', '555-1234', '$1']) {
    assert.ok(!all.includes(noise), `${noise} (outside the article) is not marked`);
  }
}

inEachBrowser('the extension on a news page', (b) => {
  test('marks speakers, organizations, figures and quotes on the sample article', async () => {
    const page = await b.open('/news/article.html');
    await checkSampleMarks(page);
    await page.screenshot({ path: join(SHOTS, `page-${b.name}.png`) });
    await page.close();
  });

  test('the popup lists both speakers with their roles and scrolls to what is clicked', async () => {
    const page = await b.open('/news/article.html');
    const popup = await b.popup(page);
    const names = await popup.$$eval('.speaker .name', (els) => els.map((e) => e.textContent));
    assert.deepEqual(names.slice(0, 2), ['Rami Al-Khatib', 'Yousef bin Nasser Al-Hamdan']);
    const roles = await popup.$$eval('.speaker .role', (els) => els.map((e) => e.textContent));
    assert.ok(roles.includes('Jordanian government spokesperson') && roles.includes('Prime Minister'), roles.join(' | '));
    const orgs = await popup.$$eval('.organizations li', (els) => els.map((e) => e.textContent));
    assert.ok(orgs.some((o) => o.startsWith('Desert Shield Front')), orgs.join(' | '));
    const figures = await popup.$$eval('.figures td a', (els) => els.map((e) => e.textContent));
    assert.ok(figures.includes('$1.3 billion') && figures.includes('€50 million'), figures.join(' | '));
    await popup.setViewport({ width: 440, height: 600 });
    await popup.screenshot({ path: join(SHOTS, `popup-${b.name}.png`) });
    // clicking the last figure scrolls the page down to it (the page's tab is in the background
    // meanwhile: the scroll must not depend on a smooth scroll running there)
    assert.equal(await page.evaluate(() => scrollY), 0);
    await clickText(popup, '.figures td a', '€50 million');
    await page.waitForFunction(() => scrollY > 500, { timeout: 5000 });
    await popup.close();
    await page.close();
  });

  test('hovering a quote shows its speaker', async () => {
    const page = await b.open('/news/article.html');
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.get('newsmark-quote')].find((x) => x.toString().startsWith('The state has more'));
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0];
      return { x: rect.left + 20, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const tip = await page.waitForFunction(() => {
      const t = document.querySelector('newsmark-tip');
      return t && t.shadowRoot.textContent.includes('Rami Al-Khatib') && t.shadowRoot.querySelector('div').textContent;
    }, { timeout: 5000 });
    assert.match(await tip.jsonValue(), /Quote — Rami Al-Khatib · said/);
    await page.close();
  });

  test('removing the marks restores the page exactly', async () => {
    const page = await b.open('/news/article.html');
    const original = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.textContent;
    });
    const marks = await page.evaluate(() => document.body.textContent);
    assert.equal(marks, original, 'marking changes no text');
    const countBefore = await page.evaluate(() => document.getElementsByTagName('*').length);
    await b.tell(page, { type: 'newsmark:clear' });
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('newsmark')).length), 0);
    assert.equal(await page.evaluate(() => document.body.textContent), original);
    assert.equal(await page.evaluate(() => document.getElementsByTagName('*').length), countBefore);
    assert.equal(await attr(page, 'data-newsmark'), null);
    await page.close();
  });

  test('works on a page whose CSP forbids WebAssembly', async () => {
    const page = await b.open('/news/article.html?csp=strict');
    // the browser reports the page's refusal below as the page's error: this test's own doing
    b.expectError(/csp=strict: .*WebAssembly/);
    const pageCanCompile = await page.evaluate(async () => {
      try { await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return true; } catch { return false; }
    });
    // the page itself cannot compile WASM (the extension's content script could in Firefox, but
    // the analysis runs in the extension's background in both browsers)
    assert.equal(pageCanCompile, false);
    await checkSampleMarks(page);
    await page.close();
  });

  test('reports the time to paint a 2,000-word article with the extension warm', async () => {
    const page = await b.open('/news/article.html?words=2000');
    await b.tell(page, { type: 'newsmark:mark' }); // warm
    const times = [];
    for (let i = 0; i < 5; i++) {
      await b.tell(page, { type: 'newsmark:mark' });
      times.push(Number(await attr(page, 'data-newsmark-ms')));
    }
    const words = await page.evaluate(() => document.querySelector('article').innerText.split(/\s+/).length);
    assert.ok(words >= 2000, `${words} words`);
    assert.ok(times.every((t) => t > 0), times.join(', '));
    times.sort((a, x) => a - x);
    // reported, not asserted: an absolute time on a shared machine is no test (the budget is 50 ms)
    console.log(`# ${b.name}: trigger to painted, ${words} words: median ${times[2].toFixed(1)} ms (${times.map((t) => t.toFixed(1)).join(', ')}); budget 50 ms`);
    await page.close();
  });

  test('marks follow the text when the page renders its article again in new nodes, after marking or during it', async () => {
    const page = await b.open('/news/rerender.html');
    await page.waitForSelector('html[data-rerendered]');
    // every mark covers text in the document, on the new rendering (a range whose nodes were
    // removed collapses where they were; one made over removed nodes keeps them, out of the page)
    await page.waitForFunction(() => ['speaker', 'figure'].every((k) => {
      const h = CSS.highlights.get('newsmark-' + k);
      return h && h.size > 0 && [...h].every((r) => !r.collapsed && r.startContainer.isConnected);
    }), { timeout: 5000 });
    await checkSampleMarks(page);
    assert.equal(await attr(page, 'data-newsmark-runs'), '2');
    // new nodes while the text is being analysed: the text is collected again before painting
    await page.evaluate(() => { window.renderWhileMarking = true; });
    await b.tell(page, { type: 'newsmark:mark' });
    assert.equal(await page.evaluate(() => window.renderWhileMarking), false, 'the page rendered again while marked');
    assert.ok(await page.evaluate(() => [...CSS.highlights.get('newsmark-speaker')].every((r) => !r.collapsed && r.startContainer.isConnected)), 'the marks cover the new nodes');
    await checkSampleMarks(page);
    await page.close();
  });

  test('marks a newly opened article after Chrome has stopped the service worker', { skip: b.name !== 'chromium' && 'Chromium only: Firefox runs the background as an event page, not a service worker' }, async () => {
    // Chrome stops an idle extension service worker after about 30 s, so a reader who opens an
    // article every few minutes meets a stopped worker each time: it must start, compile the WASM,
    // build its lexicons and analyse. (This test stops the worker, so it runs last.)
    const first = await b.open('/news/article.html?words=1000');
    const cdp = await first.createCDPSession();
    let status = '';
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL.startsWith(b.base + '/')) status = v.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    const until = async (want) => {
      for (let t = 0; t < 200 && status !== want; t++) await new Promise((r) => setTimeout(r, 10));
      return status;
    };
    const fresh = async () => {
      const page = await b.open('/news/article.html?words=1000');
      assert.equal(await attr(page, 'data-newsmark'), 'ready');
      assert.ok((await marked(page, 'figure')).length > 0, 'the new page has marks');
      const ms = Number(await attr(page, 'data-newsmark-ms'));
      await page.close();
      return ms;
    };
    const stopped = [], running = [];
    for (let i = 0; i < 3; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      assert.equal(await until('stopped'), 'stopped', 'the service worker stopped');
      stopped.push(await fresh());
      assert.equal(await until('running'), 'running', 'the new page started it again');
      running.push(await fresh());
    }
    const median = (xs) => [...xs].sort((a, x) => a - x)[1];
    const show = (xs) => xs.map((t) => t.toFixed(1)).join(', ');
    console.log(`# ${b.name}: new page, 1,000 words, trigger to painted: worker stopped before: median ${median(stopped).toFixed(1)} ms (${show(stopped)}); worker running: median ${median(running).toFixed(1)} ms (${show(running)})`);
    await first.close();
  });

  test('no request leaves 127.0.0.1 and no page threw', () => {
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  });
});
