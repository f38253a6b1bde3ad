// A tiny static server for a built site, for the browser tests: node:http on 127.0.0.1 (a random
// port), the right content types, directories serve their index.html, and a path with no file gets
// the site's own 404.html with status 404 (as GitHub Pages and most static hosts do).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  // Pagefind's index files: binary chunks.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const HTML = 'text/html; charset=utf-8';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  origin: string;
  /** Every path requested, in order (decoded, without the query). */
  requested: string[];
  /** Paths requested that had no file (answered 404). */
  missing: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The site's PATH_PREFIX (`/` or `/newsline/`): paths outside it are 404s. */
  pathPrefix?: string;
}

/** Serves `root` on 127.0.0.1 until close(). */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = path.resolve(root);
  const prefix = options.pathPrefix ?? '/';
  const requested: string[] = [];
  const missing: string[] = [];

  const resolveFile = async (pathname: string): Promise<string | null> => {
    if (!pathname.startsWith(prefix)) return null;
    let file = path.join(base, pathname.slice(prefix.length));
    if (file !== base && !file.startsWith(base + path.sep)) return null;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    return info?.isFile() ? file : null;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = url.pathname;
      }
      requested.push(pathname);
      const file = pathname.includes('\0') ? null : await resolveFile(pathname);
      const head = req.method === 'HEAD';
      if (!file) {
        missing.push(pathname);
        const notFound = await readFile(path.join(base, '404.html')).catch(() =>
          Buffer.from('<!doctype html><title>Not found</title><p>Not found</p>'),
        );
        res.writeHead(404, { 'content-type': HTML, 'content-length': notFound.length, 'cache-control': 'no-store' });
        res.end(head ? undefined : notFound);
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'no-store',
      });
      res.end(head ? undefined : body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requested,
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
