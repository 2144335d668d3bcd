/**
 * Cold start in headless Chromium against the production build served like a static host
 * (precompressed files, bench/lib/static-server.ts): navigation → first chart painted, →
 * DuckDB ready, → default dataset loaded; and what a cold load transfers: every response body
 * as the server sent it (compressed) and the gzip size of the JavaScript it fetched.
 * Every run uses a fresh browser context (empty HTTP cache).
 *   npm run bench:cold [-- --runs N]
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { ensureBuild } from '../test/browser/preview-server';
import { arg, isMain, launch, spread, type Spread } from './lib/env';
import { startStatic, type StaticServer } from './lib/static-server';

const MARKS = ['first-chart', 'duckdb-ready', 'dataset-ready'] as const;
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

export interface ColdStart {
  first_chart: Spread;
  duckdb_ready: Spread;
  dataset_ready: Spread;
  /** gzip size of the JavaScript a cold load fetches (app chunks and the DuckDB worker). */
  js_gzip_kb: number;
  /** The same without the DuckDB worker script (third-party, fixed size). */
  app_js_gzip_kb: number;
  /** Bytes over the wire for one cold load, as served (compressed), by kind. */
  wire_mb: Spread;
  by_kind_kb: Record<string, number>;
  encoding: string;
  files: string[];
}

const gzipBytes = (path: string): number => {
  const file = `${DIST}${path.replace(/^\//, '')}`;
  try {
    return statSync(`${file}.gz`).size;
  } catch {
    return statSync(file).size; // under the precompression threshold: sent as is
  }
};

function kindOf(url: string): string {
  if (url.endsWith('.wasm')) return 'wasm';
  if (/worker[^/]*\.js$/.test(url)) return 'worker js';
  if (url.endsWith('.js')) return 'app js';
  if (url.endsWith('.csv') || url.endsWith('.json')) return 'data';
  return 'html/css/other';
}

export async function coldStart(
  browser: Browser,
  server: StaticServer,
  runs: number,
): Promise<ColdStart> {
  const url = server.url;
  const samples: Record<(typeof MARKS)[number], number[]> = {
    'first-chart': [],
    'duckdb-ready': [],
    'dataset-ready': [],
  };
  const wire: number[] = [];
  let byKind: Record<string, number> = {};
  let files: string[] = [];
  let encoding = '';
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    server.reset();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      (names) => names.every((n) => performance.getEntriesByName(n).length > 0),
      [...MARKS],
      { timeout: 120_000 },
    );
    const marks = await page.evaluate(
      (names) =>
        Object.fromEntries(
          names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? NaN]),
        ),
      [...MARKS],
    );
    for (const m of MARKS) samples[m].push(marks[m]!);
    await page.waitForLoadState('networkidle');
    const bytes: Record<string, number> = {};
    for (const r of server.served) bytes[kindOf(r.path)] = (bytes[kindOf(r.path)] ?? 0) + r.bytes;
    encoding = server.served.find((r) => r.path.endsWith('.wasm'))?.encoding ?? 'no wasm fetched';
    wire.push(Object.values(bytes).reduce((a, b) => a + b, 0) / 1e6);
    byKind = Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, Math.round(v / 1024)]));
    files = [...new Set(server.served.map((r) => r.path))].sort();
    await context.close();
  }
  const js = files.filter((f) => f.endsWith('.js'));
  const kb = (fs: string[]) => Math.round(fs.reduce((a, f) => a + gzipBytes(f), 0) / 1024);
  return {
    first_chart: spread(samples['first-chart']),
    duckdb_ready: spread(samples['duckdb-ready']),
    dataset_ready: spread(samples['dataset-ready']),
    js_gzip_kb: kb(js),
    app_js_gzip_kb: kb(js.filter((f) => !/worker/.test(f))),
    wire_mb: spread(wire, 2),
    by_kind_kb: byKind,
    encoding,
    files,
  };
}

if (isMain(import.meta.url)) {
  const build = ensureBuild();
  if (build.built) console.log(`built dist/ in ${build.ms} ms`);
  const server = await startStatic();
  const browser = await launch();
  try {
    const r = await coldStart(browser, server, Number(arg('runs') ?? 5));
    console.log(JSON.stringify(r, null, 2));
  } finally {
    await browser.close();
    await server.stop();
  }
}
