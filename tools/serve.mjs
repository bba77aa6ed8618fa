// A small static server for the demo and the end-to-end tests, on 127.0.0.1 only.
//   /                  the demo (www/)
//   /news/<name>.html  tests/fixtures/<name>.html; {{ARTICLE}} in a fixture becomes the project's sample
//                      article (www/sample.txt) as HTML
//                      (?words=N repeats it to at least N words)
//   /eval-pages/<name>/<file>  ../shared/eval/pages/<name>/<file>, read in place (third-party pages, never copied)
//   /blank             an empty page (the end-to-end tests open the extension's pages from it in Firefox)
//   ?csp=strict        adds Content-Security-Policy: script-src 'self' (a page that forbids WebAssembly)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_PAGES = join(ROOT, '..', 'shared', 'eval', 'pages');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The project's sample article (www/sample.txt), the body of the test pages. */
export function sampleText() {
  return readFile(join(ROOT, 'www', 'sample.txt'), 'utf8');
}

/** An article's text as the body of a news page: site line, headline, paragraphs. */
export function articleHtml(text) {
  const paras = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const [site, headline, ...body] = paras.length > 2 ? paras : ['', paras[0] || '', ...paras.slice(1)];
  return `<p class="kicker">${esc(site)}</p>\n<h1>${esc(headline)}</h1>\n` + body.map((p) => `<p>${esc(p)}</p>`).join('\n');
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  let path = decodeURIComponent(url.pathname);
  const headers = {};
  if (url.searchParams.get('csp') === 'strict') headers['Content-Security-Policy'] = "script-src 'self'; object-src 'none'";
  try {
    let body, type;
    if (path === '/blank') {
      body = '<!doctype html><title>blank</title>';
      type = TYPES['.html'];
    } else if (path.startsWith('/eval-pages/')) {
      const rel = normalize(path.slice('/eval-pages/'.length)).replace(/^(\.\.[/\\])+/, '');
      body = await readFile(join(EVAL_PAGES, rel));
      type = TYPES[extname(rel)] || 'application/octet-stream';
    } else if (path.startsWith('/news/')) {
      const name = normalize(path.slice('/news/'.length)).replace(/^(\.\.[/\\])+/, '');
      const tpl = await readFile(join(ROOT, 'tests', 'fixtures', name), 'utf8');
      body = tpl;
      if (tpl.includes('{{ARTICLE}}')) {
        let text = await sampleText();
        // ?words=N: the article repeated to at least N words
        const want = Number(url.searchParams.get('words') || 0);
        const words = text.split(/\s+/).length;
        if (want > words) text = Array.from({ length: Math.ceil(want / words) }, () => text).join('\n\n');
        body = tpl.replace('{{ARTICLE}}', articleHtml(text));
      }
      type = TYPES[extname(name)] || 'application/octet-stream';
    } else {
      if (path.endsWith('/')) path += 'index.html';
      const file = join(ROOT, 'www', normalize(path).replace(/^(\.\.[/\\])+/, ''));
      if (!file.startsWith(join(ROOT, 'www'))) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      body = await readFile(file);
      type = TYPES[extname(file)] || 'application/octet-stream';
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  } catch (e) {
    res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain' });
    res.end(e.code === 'ENOENT' ? 'not found' : String(e));
  }
}

/** Starts the server; resolves to { url, close }. Port 0 picks a free port. */
export function startServer(port = 0) {
  return new Promise((resolve, reject) => {
    const srv = createServer((q, r) => { handle(q, r); });
    srv.on('error', reject);
    srv.listen(port, '127.0.0.1', () => {
      const { port: p } = srv.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => srv.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
  const { url } = await startServer(port);
  console.log(`Newsmark demo:            ${url}/`);
  console.log(`Sample article as a page: ${url}/news/article.html   (load the extension from ./extension to see it marked)`);
}
