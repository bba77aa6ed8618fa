// Shared set-up for the end-to-end tests: Debian's Chromium with the unpacked extension loaded,
// the project's page server on 127.0.0.1, and a record of every request that leaves 127.0.0.1.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tools/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXT = join(ROOT, 'extension');
export const SHOTS = join(ROOT, 'target', 'e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  if (!existsSync(join(EXT, 'pkg', 'newsmark_bg.wasm'))) throw new Error('extension/pkg is missing: run ./run.sh build first');
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer(0);
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const outside = [];
  ctx.on('request', (r) => {
    const u = r.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(u)) outside.push(u);
  });
  const errors = [];
  const sw = ctx.serviceWorkers()[0] || (await ctx.waitForEvent('serviceworker'));
  const extId = new URL(sw.url()).host;
  return {
    ctx, sw, extId, server, outside, errors,
    async open(path) {
      const page = await ctx.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url + path);
      await page.waitForSelector('html[data-newsmark]', { timeout: 15000 });
      return page;
    },
    /** The tab id of a page, as the extension sees it. */
    async tabId(page) {
      const url = page.url();
      // without the "tabs" permission tab URLs are hidden: ask each tab's content script instead
      const id = await sw.evaluate(async (u) => {
        for (const t of await chrome.tabs.query({})) {
          const r = await chrome.tabs.sendMessage(t.id, { type: 'newsmark:summary' }).catch(() => null);
          if (r && r.url === u) return t.id;
        }
        return null;
      }, url);
      if (id == null) throw new Error('no tab for ' + url);
      return id;
    },
    /** Sends a message to a tab's content script from the extension. */
    async tell(page, msg) {
      const id = await this.tabId(page);
      return sw.evaluate(async ([tab, m]) => chrome.tabs.sendMessage(tab, m), [id, msg]);
    },
    async popup(page) {
      const id = await this.tabId(page);
      const p = await ctx.newPage();
      p.on('pageerror', (e) => errors.push('popup: ' + String(e)));
      await p.goto(`chrome-extension://${extId}/popup/popup.html?tab=${id}`);
      await p.waitForSelector('#summary section', { timeout: 15000 });
      return p;
    },
    async close() {
      await ctx.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Texts of the ranges registered under ::highlight(newsmark-<kind>), read in the page. */
export function marked(page, kind) {
  return page.evaluate((k) => {
    const h = CSS.highlights.get('newsmark-' + k);
    return h ? [...h].map((r) => r.toString()) : [];
  }, kind);
}
