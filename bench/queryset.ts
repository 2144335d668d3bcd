/**
 * The Compare view's query set (bench/queryset/spec.ts) timed in one page on the same facts in
 * three engines: DuckDB-WASM (ours), Arquero, and a hand-written typed-array loop. Prints each
 * engine's median / min / max and the ratios, and fails loudly when the answers differ.
 *   npm run bench:queryset [-- --rows 10000 --runs 30 --warmups 5]
 *
 * Small files get more rounds: at 10k rows a round takes tens of milliseconds, and the first
 * rounds run while V8 is still tiering up DuckDB's wasm and Arquero's JS (the warm-up times are
 * printed). A user clicking through the dashboard meets the steady state, not the first round.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { ensureBuild } from '../test/browser/preview-server';
import { SCALE_DIR } from '../scripts/generate-scale';
import { arg, isMain, launch, spread, type Spread } from './lib/env';
import { startStatic, type StaticServer } from './lib/static-server';
import { ensureFacts } from './queryset/facts-file';
import type { PageResult } from './queryset/page';

export interface QuerySet {
  rows: number;
  duckdb: Spread;
  arquero: Spread;
  loop: Spread;
  ratio_duckdb_arquero: number;
  ratio_duckdb_loop: number;
  groups: number;
  setup_ms: Record<string, number>;
  /** Each untimed warm-up round's time, per engine, in round order. */
  warmup_ms: Record<string, number[]>;
  mismatches: string[];
}

/** Timed and warm-up rounds for a file of `rows` rows: many cheap rounds, few dear ones. */
export function roundsFor(rows: number): { runs: number; warmups: number } {
  return rows <= 100_000 ? { runs: 30, warmups: 5 } : { runs: 5, warmups: 1 };
}

const ASSETS = fileURLToPath(new URL('../dist/assets/', import.meta.url));

async function bundle(): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./queryset/page.ts', import.meta.url))],
    outfile: `${SCALE_DIR}queryset-page.js`,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}

export async function querySet(
  browser: Browser,
  server: StaticServer,
  rows: number,
  { runs, warmups } = roundsFor(rows),
): Promise<QuerySet> {
  await ensureFacts(rows);
  await bundle();
  const files = readdirSync(ASSETS);
  const find = (re: RegExp) => `/assets/${files.find((f) => re.test(f))}`;
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/__bench/blank.html`);
    await page.addScriptTag({ url: '/__bench/queryset-page.js', type: 'module' });
    await page.waitForFunction(() => 'runQuerySet' in globalThis);
    const r = (await page.evaluate(
      `runQuerySet(${JSON.stringify({ rows, runs, warmups, worker: find(/^duckdb-browser-eh\.worker.*\.js$/), wasm: find(/^duckdb-eh-.*\.wasm$/) })})`,
    )) as PageResult;
    const s = (xs: number[]) => spread(xs, 1);
    const [d, a, l] = [s(r.samples.duckdb), s(r.samples.arquero), s(r.samples.loop)];
    return {
      rows,
      duckdb: d,
      arquero: a,
      loop: l,
      ratio_duckdb_arquero: Math.round((d.median / a.median) * 100) / 100,
      ratio_duckdb_loop: Math.round((d.median / l.median) * 100) / 100,
      groups: r.groups,
      setup_ms: Object.fromEntries(Object.entries(r.setup_ms).map(([k, v]) => [k, Math.round(v)])),
      warmup_ms: Object.fromEntries(
        Object.entries(r.warmup).map(([k, v]) => [k, v.map((ms) => Math.round(ms * 10) / 10)]),
      ),
      mismatches: r.mismatches,
    };
  } finally {
    await page.close();
  }
}

if (isMain(import.meta.url)) {
  ensureBuild();
  const server = await startStatic();
  const browser = await launch();
  try {
    const rows = Number(arg('rows') ?? 10_000);
    const rounds = roundsFor(rows);
    const r = await querySet(browser, server, rows, {
      runs: Number(arg('runs') ?? rounds.runs),
      warmups: Number(arg('warmups') ?? rounds.warmups),
    });
    console.log(JSON.stringify(r, null, 2));
    if (r.mismatches.length) console.error(`\n!!! ENGINES DISAGREE:\n${r.mismatches.join('\n')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
