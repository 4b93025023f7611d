// A small static server for a built site, as a host would serve it: a folder's index.html
// at its path (and a path without its final "/" redirected to it), the headers of
// dist/_headers, and text compressed with gzip. npm run lighthouse measures the site through it.
//   node scripts/serve-dist.mjs [dir] [port]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** The headers dist/_headers gives every path ("/*"). */
function siteHeaders(dir) {
  const file = join(dir, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // A header is an indented "Name: value" line under its path.
    if (line.trimStart() === line) continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (colon !== -1 && /^[\w-]+$/.test(name) && value) headers[name] = value;
  }
  return headers;
}

export function serveDist(dir = 'dist', port = 4180) {
  const root = resolve(dir);
  const headers = siteHeaders(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = extname(path);
    let body = readFileSync(path);
    const out = { ...headers, 'Content-Type': TYPES[type] ?? 'application/octet-stream' };
    if (COMPRESSED.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      out['Content-Encoding'] = 'gzip';
      out.Vary = 'Accept-Encoding';
    }
    response.writeHead(200, out).end(body);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4180'] = process.argv.slice(2);
  await serveDist(dir, Number(port));
  console.log(`Serving ${dir} at http://127.0.0.1:${port}/`);
}
