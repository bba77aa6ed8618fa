// Shared set-up for the end-to-end tests, in Chromium and in Firefox: Debian's chromium and
// firefox-esr driven by puppeteer-core (CDP for Chromium, WebDriver BiDi for Firefox), the
// unpacked extension loaded, the project's page server on 127.0.0.1, and a record of every
// request that leaves 127.0.0.1 and of every error a page throws.
//
// Each suite runs once per browser (`inEachBrowser`); a failure's name starts with the browser's.
// NEWSMARK_BROWSERS=chromium (or firefox) runs one of them.
//
// Each browser loads the package made for it (tools/package.mjs: target/package/chrome and
// target/package/firefox, what dist/ zips), so the tests check what the stores would get.
//
// The one seam between the browsers is how the tests reach the extension's own pages (the
// popup, the options, and a control page that messages tabs as the popup does): Chromium opens
// chrome-extension:// pages directly; WebDriver BiDi may not navigate to moz-extension:// pages,
// so Firefox loads a copy of the extension whose manifest adds one key, making the popup and the
// options reachable from the test server's pages (web_accessible_resources for
// http://127.0.0.1/*), and fixes the extension's host name by a preference.
import puppeteer from 'puppeteer-core';
import { describe, before, after } from 'node:test';
import { mkdtempSync, rmSync, existsSync, mkdirSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tools/serve.mjs';
import { PACKAGES } from '../../tools/package.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHOTS = join(ROOT, 'target', 'e2e');
export const BROWSERS = (process.env.NEWSMARK_BROWSERS || 'chromium,firefox').split(',').filter(Boolean);
const EXECUTABLES = { chromium: process.env.CHROMIUM || '/usr/bin/chromium', firefox: process.env.FIREFOX || '/usr/bin/firefox-esr' };
const GECKO_ID = JSON.parse(readFileSync(join(ROOT, 'extension', 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
const FIREFOX_UUID = '5e2f3b1c-7a4d-4e8f-9b6a-0c1d2e3f4a5b';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Defines a suite once per browser: `define(b)` gets the browser handle `launch` fills in. */
export function inEachBrowser(title, define) {
  for (const name of BROWSERS) {
    describe(`${name}: ${title}`, () => {
      const b = { name };
      before(async () => Object.assign(b, await launch(name)));
      after(async () => { if (b.close) await b.close(); });
      define(b);
    });
  }
}

/** The extension as Firefox loads it in the tests: see the note at the top. */
function firefoxExtension() {
  const dir = join(SHOTS, 'firefox-extension');
  rmSync(dir, { recursive: true, force: true });
  cpSync(PACKAGES.firefox, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['popup/*', 'options/*'], matches: ['http://127.0.0.1/*'] }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

async function start(name, profile) {
  const viewport = { width: 1280, height: 900 };
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: EXECUTABLES.chromium, headless: true, userDataDir: profile, defaultViewport: viewport,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [`--disable-extensions-except=${PACKAGES.chrome}`, `--load-extension=${PACKAGES.chrome}`, '--no-sandbox', '--disable-gpu',
        '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
    });
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15000 });
    // (a URL of a non-special scheme has no origin: build it from the host)
    return { browser, base: 'chrome-extension://' + new URL(sw.url()).host };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: EXECUTABLES.firefox, headless: true, userDataDir: profile, defaultViewport: viewport,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // every host but 127.0.0.1 goes through a proxy on a closed port, so requests that leave it
      // fail at once (as Chromium's --host-resolver-rules above make them fail)
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(firefoxExtension());
  return { browser, base: `moz-extension://${FIREFOX_UUID}` };
}

export async function launch(name) {
  for (const dir of Object.values(PACKAGES)) {
    if (!existsSync(join(dir, 'pkg', 'newsmark_bg.wasm'))) throw new Error(`${dir} is missing: run ./run.sh build first`);
  }
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer(0);
  const profile = mkdtempSync(join(tmpdir(), `newsmark-e2e-${name}-`));
  const { browser, base } = await start(name, profile);
  const outside = [];
  const errors = [];
  // errors a test provokes on purpose (see `expectError`)
  const expected = [];
  const local = /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:)/;
  /** A new tab whose requests and errors are recorded. */
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('request', (r) => { if (!local.test(r.url())) outside.push(r.url()); });
    page.on('pageerror', (e) => {
      const line = `${page.url()}: ${e && e.message || e}`;
      if (!expected.some((re) => re.test(line))) errors.push(line);
    });
    return page;
  };
  /** A tab showing one of the extension's own pages. */
  const extensionPage = async (path) => {
    const page = await newPage();
    if (name === 'chromium') {
      await page.goto(base + path);
    } else {
      await page.goto(server.url + '/blank');
      await page.evaluate((u) => { location.href = u; }, base + path);
      // puppeteer does not follow this navigation as one: wait for the new document itself
      for (let t = 0; ; t++) {
        const at = await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => null);
        if (at === base + path) break;
        if (t > 200) throw new Error(`the extension page ${path} did not load`);
        await sleep(25);
      }
    }
    return page;
  };
  // opened first, so that the test pages opened after it are in front: a browser throttles the
  // timers of a tab in the background, and the pages' own timers (lazy paragraphs) must run
  const control = await extensionPage('/options/options.html');
  const b = {
    name, browser, base, server, outside, errors, newPage, extensionPage,
    /** Errors matching `re` are a test's own doing, not the extension's: they are not recorded. */
    expectError(re) {
      expected.push(re);
    },
    /** Opens a test page and waits until Newsmark has dealt with it. The wait is generous (a
     * 3.7 MB page takes Firefox ESR about 15 s on 2 busy cores): these tests check what is marked;
     * speed is a benchmark's business. */
    async open(path) {
      const page = await newPage();
      await page.goto(server.url + path);
      await page.waitForSelector('html[data-newsmark]', { timeout: 60000 });
      return page;
    },
    /** Evaluates `fn(arg)` in an extension page, where the extension's APIs are. */
    async inExtension(fn, arg) {
      return control.evaluate(fn, arg);
    },
    /** The tab id of a page, as the extension sees it. */
    async tabId(page) {
      // without the "tabs" permission tab URLs are hidden: ask each tab's content script instead
      const url = page.url();
      const id = await b.inExtension(async (u) => {
        const api = globalThis.browser ?? globalThis.chrome;
        for (const t of await api.tabs.query({})) {
          const r = await api.tabs.sendMessage(t.id, { type: 'newsmark:summary' }).catch(() => null);
          if (r && r.url === u) return t.id;
        }
        return null;
      }, url);
      if (id == null) throw new Error('no tab for ' + url);
      return id;
    },
    /** Sends a message to a page's content script from the extension, as the popup does. */
    async tell(page, msg) {
      const id = await b.tabId(page);
      return b.inExtension(([tab, m]) => (globalThis.browser ?? globalThis.chrome).tabs.sendMessage(tab, m), [id, msg]);
    },
    /** The popup for a page, opened as a tab (given the page's tab id). */
    async popup(page) {
      const p = await extensionPage(`/popup/popup.html?tab=${await b.tabId(page)}`);
      await p.waitForSelector('#summary section', { timeout: 15000 });
      return p;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return b;
}

/** An attribute of the page's <html> element. */
export function attr(page, name) {
  return page.evaluate((n) => document.documentElement.getAttribute(n), name);
}

/** Texts of the ranges registered under ::highlight(newsmark-<kind>), read in the page. */
export function marked(page, kind) {
  return page.evaluate((k) => {
    const h = CSS.highlights.get('newsmark-' + k);
    return h ? [...h].map((r) => r.toString()) : [];
  }, kind);
}

/** Clicks the first element matching `selector` whose text is `text`. */
export function clickText(page, selector, text) {
  return page.evaluate((s, t) => {
    const el = [...document.querySelectorAll(s)].find((e) => e.textContent === t);
    if (!el) throw new Error(`no ${s} with text ${t}`);
    el.click();
  }, selector, text);
}
