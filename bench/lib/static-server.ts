/**
 * The production build served as a static host would serve it: the precompressed .br / .gz
 * copies the build emits (scripts/vite-precompress.ts) when the browser accepts them, with
 * Content-Encoding, and long-lived caching off (every cold run uses a fresh browser context).
 * `vite preview` sends the files uncompressed, which says nothing about bytes over the wire.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

export interface Served {
  path: string;
  bytes: number;
  encoding: string;
}

export interface StaticServer {
  url: string;
  /** Every response since the last reset: path, body bytes as sent, content encoding. */
  served: Served[];
  reset(): void;
  stop(): Promise<void>;
}

/** Bench-only files (facts, the query-set page bundle) under /__bench/, from bench/data/. */
const BENCH_DATA = fileURLToPath(new URL('../data/', import.meta.url));

export function startStatic(dir = DIST): Promise<StaticServer> {
  let served: Served[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__bench/blank.html') {
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><title>bench</title>');
      return;
    }
    const root = path.startsWith('/__bench/') ? BENCH_DATA : dir;
    let file = normalize(join(root, path.replace(/^\/__bench\//, '/')));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    const accept = String(req.headers['accept-encoding'] ?? '');
    let encoding: string | null = null;
    let body = file;
    if (/\bbr\b/.test(accept) && existsSync(`${file}.br`)) [encoding, body] = ['br', `${file}.br`];
    else if (/\bgzip\b/.test(accept) && existsSync(`${file}.gz`))
      [encoding, body] = ['gzip', `${file}.gz`];
    const headers: Record<string, string | number> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(body).size,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    served.push({ path, bytes: Number(headers['Content-Length']), encoding: encoding ?? 'none' });
    res.writeHead(200, headers);
    createReadStream(body).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        get served() {
          return served;
        },
        reset: () => {
          served = [];
        },
        stop: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
