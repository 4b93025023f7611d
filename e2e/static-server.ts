import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * What a server answers a path with: bytes and a content type, or nothing (404). With `pause`,
 * the body is sent in two parts, the second `ms` after the first, as a slow network would.
 */
export type Files = (path: string) => {
  body: Uint8Array | string;
  type: string;
  pause?: { at: number; ms: number };
} | null;

/** The files of a folder on disk, as a static host serves them (a folder's index.html). */
export function folder(root: string): Files {
  return (path) => {
    const file = normalize(join(root, decodeURIComponent(path)));
    if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return null;
    try {
      const target = statSync(file).isDirectory() ? join(file, 'index.html') : file;
      return {
        body: readFileSync(target),
        type: TYPES[extname(target)] ?? 'application/octet-stream',
      };
    } catch {
      return null;
    }
  };
}

/** A file's content type by its name. */
export function typeOf(name: string): string {
  return TYPES[extname(name)] ?? 'application/octet-stream';
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * A plain static host on a free port of 127.0.0.1: under each prefix ("/handshake-lab/"), the
 * files of that mount. It sends no headers beyond the content type, like GitHub Pages, which
 * ignores `_headers`.
 */
export function serveStatic(mounts: Record<string, Files>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    for (const [prefix, files] of Object.entries(mounts)) {
      if (path === prefix.replace(/\/$/, '')) {
        response.writeHead(301, { location: prefix }).end();
        return;
      }
      if (!path.startsWith(prefix)) continue;
      const found = files(path.slice(prefix.length));
      if (!found) break;
      response.writeHead(200, { 'content-type': found.type });
      const { body, pause } = found;
      if (!pause) {
        response.end(body);
        return;
      }
      response.write(body.slice(0, pause.at));
      setTimeout(() => response.end(body.slice(pause.at)), pause.ms);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
