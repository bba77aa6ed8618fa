// The extension as each browser's store takes it: target/package/chrome and
// target/package/firefox, each with a manifest made for its browser, and with --zip
// dist/newsmark-chrome.zip and dist/newsmark-firefox.zip (built by web-ext).
//
//   node tools/package.mjs [--zip]
//
// extension/manifest.json serves both browsers while developing (load it unpacked in either);
// the packages leave out what their browser ignores or warns about:
// - Chrome: the background as a module service worker only; no browser_specific_settings.
//   minimum_chrome_version 105: the CSS Custom Highlight API, which paints the marks.
// - Firefox: the background as module scripts only (Firefox has no extension service workers).
//   strict_min_version 140 on desktop (the CSS Custom Highlight API; also Firefox ESR 140), 142 on
//   Android (the first to know data_collection_permissions, which says Newsmark collects nothing).
import { readFileSync, writeFileSync, rmSync, cpSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXT = join(ROOT, 'extension');
const OUT = join(ROOT, 'target', 'package');
export const PACKAGES = { chrome: join(OUT, 'chrome'), firefox: join(OUT, 'firefox') };

export function manifestFor(browser, m) {
  m = structuredClone(m);
  const { service_worker: sw, scripts, type } = m.background;
  if (browser === 'chrome') {
    m.background = { service_worker: sw, type };
    delete m.browser_specific_settings;
    m.minimum_chrome_version = '105';
  } else {
    m.background = { scripts, type };
    m.browser_specific_settings.gecko.strict_min_version = '140.0';
    m.browser_specific_settings.gecko_android = { strict_min_version: '142.0' };
  }
  return m;
}

export function writePackages() {
  if (!existsSync(join(EXT, 'pkg', 'newsmark_bg.wasm'))) throw new Error('extension/pkg is missing: run ./run.sh wasm first');
  const manifest = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8'));
  for (const [browser, dir] of Object.entries(PACKAGES)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(dir), { recursive: true });
    cpSync(EXT, dir, { recursive: true, filter: (p) => !p.endsWith('.DS_Store') });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifestFor(browser, manifest), null, 2) + '\n');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writePackages();
  if (process.argv.includes('--zip')) {
    const dist = join(ROOT, 'dist');
    mkdirSync(dist, { recursive: true });
    const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
    for (const [browser, dir] of Object.entries(PACKAGES)) {
      execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', dist, '--filename', `newsmark-${browser}.zip`, '--overwrite-dest'], { stdio: ['ignore', 'ignore', 'inherit'] });
      console.log(`dist/newsmark-${browser}.zip`);
    }
  }
}
