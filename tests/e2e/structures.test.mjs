// The project's own fixture with the structures of real news pages (navigation, a rail, comments,
// form fields, contenteditable, code, hidden text, shadow DOM, an iframe, paragraphs added later).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inEachBrowser, marked, sleep } from './browser.mjs';

const allMarks = async (page) => (await Promise.all(['quote', 'speaker', 'person', 'organization', 'place', 'figure'].map((k) => marked(page, k)))).flat().join(' | ');

inEachBrowser('the story among a news page\'s other parts', (b) => {
  test('marks the story only, and marks paragraphs that arrive later', async () => {
    const page = await b.open('/news/structures.html');
    const original = await page.evaluate(async () => new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').body.textContent);
    assert.ok((await marked(page, 'speaker')).includes('Elena Markovic'));
    assert.ok((await marked(page, 'figure')).includes('$48 million'));
    // nothing from the navigation, the rail, form fields, contenteditable, code, hidden text, comments, footer
    const marks = await allMarks(page);
    for (const outside of ['Tom Fuller', 'Acme', 'Paul Brandt', '$5 billion', 'Ruth Kline', 'Ada Lowe', '300', 'Mark Stone', '17 million', 'Bob Tanner', '$90 million', 'Jane Roe', '555', '$2', 'Olaf Berg']) {
      assert.ok(!marks.includes(outside), `${outside} lies outside the story but is marked: ${marks}`);
    }
    // the shadow root's text is part of the analysed story
    const { text } = await b.tell(page, { type: 'newsmark:text' });
    assert.match(text, /Work will take about 18 months/);
    // the lazy paragraphs: analysed and marked after they arrive, without a reload
    await page.waitForFunction(() => Number(document.documentElement.dataset.newsmarkRuns) >= 2, { timeout: 5000 });
    await sleep(100);
    assert.ok((await marked(page, 'speaker')).includes('Tom Reilly'), await allMarks(page));
    assert.ok((await marked(page, 'speaker')).includes('Elena Markovic'), 'earlier marks stay');
    const popup = await b.popup(page);
    const names = await popup.$$eval('.speaker .name', (els) => els.map((e) => e.textContent));
    // "…, according to the authority": the Harbour Authority speaks too; so do the opponents
    // (a group, listed as written: "Opponents, led by …, argued the dredging would …")
    assert.deepEqual(names.sort(), ['Elena Markovic', 'Harbour Authority', 'Opponents, led by the Coastal Fishermen’s Association', 'Tom Reilly']);
    await popup.close();
    // the page's own text is what the page put there
    const now = await page.evaluate(() => document.body.textContent);
    assert.ok(now.startsWith(original.slice(0, 200)));
    await b.tell(page, { type: 'newsmark:clear' });
    assert.equal(await page.evaluate(() => document.body.textContent), now);
    await page.close();
  });

  test('what a page says about the story is not the story', async () => {
    const page = await b.open('/news/story.html');
    const { text } = await b.tell(page, { type: 'newsmark:text' });
    // every paragraph of the story is analysed, the story's own dateline and times included
    const story = await page.evaluate(() => [...document.querySelectorAll('article > p')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()));
    for (const p of story.filter((p) => /^(GDANSK|“|By the end|The operator)/.test(p))) assert.ok(text.includes(p), `story text lost: ${p}\n${text}`);
    assert.equal(story.filter((p) => text.includes(p)).length, 5, text);
    // bylines, stamps, credits, promos, a rail heading, an embedded post, the author note, tags
    for (const outside of ['Nadia Kovac', 'Peter Osei', 'Last Updated', 'Sarah Lindqvist', '14 minutes', 'STR/AFP', 'Mikael Berg',
      'Read more', 'Baltic Shipping Group', 'Agata Nowak', '@infra_pl', 'Most read', 'Ulrich Brandt', 'covers shipping', 'Topics', 'Olaf Scholz']) {
      assert.ok(!text.includes(outside), `${outside} is not the story but is analysed:\n${text}`);
    }
    const marks = await allMarks(page);
    assert.ok((await marked(page, 'speaker')).includes('Marek Zielinski'), marks);
    assert.ok((await marked(page, 'figure')).some((f) => f.includes('4,000')), marks);
    assert.ok((await marked(page, 'figure')).some((f) => f.includes('35')), marks);
    await page.close();
  });

  test('figures as a reader counts them: with their currency symbol, without "today" or "monthly"', async () => {
    const page = await b.open('/news/figures.html');
    const figs = await marked(page, 'figure');
    for (const f of ['$35', '12%', '4.1 million', 'last year', '2012', 'Tuesday', '€49']) assert.ok(figs.includes(f), `${f} not marked: ${figs.join(' | ')}`);
    for (const f of ['Today', 'monthly', 'first', 'night', '35', '2.8']) assert.ok(!figs.includes(f), `${f} marked: ${figs.join(' | ')}`);
    const popup = await b.popup(page);
    const listed = await popup.$$eval('table tbody tr', (els) => els.map((e) => e.textContent).join(' | '));
    assert.match(listed, /\$35/);
    assert.doesNotMatch(listed, /Today|monthly/);
    await popup.close();
    await page.close();
  });

  test('"only confident marks" leaves out the names, figures and quotes little evidence vouches for', async () => {
    const names = async (page) => [...await marked(page, 'person'), ...await marked(page, 'speaker')].join(' | ');
    const quotes = async (page) => (await marked(page, 'quote')).join(' | ');
    const all = await b.open('/news/confidence.html?all');
    assert.match(await names(all), /Greyfield Marlow/);
    assert.match(await quotes(all), /This secures the port/);
    assert.match(await quotes(all), /It took two years/);
    assert.match(await quotes(all), /talks were over/);
    await all.close();
    const set = (confident) => b.inExtension((c) => (globalThis.browser ?? globalThis.chrome).storage.sync.get({ kinds: {} })
      .then((o) => (globalThis.browser ?? globalThis.chrome).storage.sync.set({ kinds: { ...o.kinds, confident: c } })), confident);
    await set(true);
    const page = await b.open('/news/confidence.html?confident');
    const marks = await names(page);
    assert.match(marks, /Jane Fischer/);
    assert.doesNotMatch(marks, /Greyfield Marlow|Brightwater Holt/);
    // a weekday is a date nine times in ten and more; a bare count is not
    const figures = await marked(page, 'figure');
    assert.ok(figures.includes('Tuesday') && !figures.includes('400'), figures.join(' | '));
    // a statement with "said" or "added" and a speaker it names is right nine times in ten and
    // more; one whose speaker is a pronoun ("she", resolved to Jane Fischer) is one guess more
    assert.match(await quotes(page), /400 jobs at the port were safe/);
    assert.match(await quotes(page), /This secures the port/);
    assert.doesNotMatch(await quotes(page), /It took two years/);
    // nor is a statement of a few words: as often a fragment or a term as a whole statement
    assert.doesNotMatch(await quotes(page), /talks were over/);
    await page.close();
    await set(false);
  });

  test('after "Hide marks" nothing is marked again until asked', async () => {
    // a URL of its own: tabs are told apart by URL
    const page = await b.open('/news/structures.html?hidden');
    await b.tell(page, { type: 'newsmark:clear' });
    await sleep(1500); // the lazy paragraphs arrive meanwhile
    assert.equal(await allMarks(page), '');
    await b.tell(page, { type: 'newsmark:mark' });
    assert.ok((await marked(page, 'speaker')).includes('Tom Reilly'));
    await page.close();
  });

  test('no page threw', () => {
    assert.deepEqual(b.errors, []);
  });
});
