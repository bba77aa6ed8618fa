// Newsmark's background: runs the WASM core for content scripts (a page's CSP can forbid
// WebAssembly in content scripts; the extension's own CSP allows it here).
// A module service worker in Chrome, a module background script in Firefox.
import init, { analyze } from './pkg/newsmark.js';

const api = globalThis.browser ?? globalThis.chrome;
// No top-level await in a service worker: start once, await inside the handler.
const ready = init({ module_or_path: new URL('./pkg/newsmark_bg.wasm', import.meta.url) });

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || msg.type !== 'newsmark:analyze' || sender.id !== api.runtime.id) return false;
  ready
    .then(() => sendResponse({ ok: true, analysis: analyze(String(msg.text ?? '')) }))
    .catch((e) => sendResponse({ ok: false, error: String(e && e.message || e) }));
  return true; // answer asynchronously
});
