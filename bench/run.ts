/**
 * `npm run bench [-- --quick] [--only cold,filter,csv,queryset]`: every benchmark of issue 6
 * against the production build served like a static host (precompressed files), in headless
 * Chromium. Each timing of a full run is the median of ≥ 5 runs with min and max; filter changes
 * are p50/p95 over ≥ 30 changes. Writes bench/results.json and (full runs) the figures in
 * bench/RESULTS.md.
 * --quick: 3 cold starts, 30 filter changes on the default dataset, the 1M-row CSV, the query
 * set at 10k rows; skips the 100k / 1M dataset loads and the 1M query set (< 5 minutes).
 * Scale files and facts are generated on first use into bench/data/ (git-ignored; the 1M-row
 * CSV takes ≈ 4 minutes and its facts longer, once).
 */
import { ensureScale } from '../scripts/generate-scale';
import { ensureBuild } from '../test/browser/preview-server';
import { coldStart } from './cold-start';
import { loadCsv, openDataView } from './csv-load';
import { filterChange, VIEWS } from './filter-change';
import { arg, flag, launch, load1, machine } from './lib/env';
import { startStatic } from './lib/static-server';
import { querySet } from './queryset';
import { writeReport, type Results } from './report';

const quick = flag('quick');
const only = arg('only')?.split(',');
const want = (part: string) => !only || only.includes(part);
const log = (s: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)} load ${load1()}] ${s}`);

const build = ensureBuild();
if (build.built) log(`built dist/ in ${build.ms} ms`);
const server = await startStatic();
const browser = await launch();
const m = machine();
m.chromium = `Chromium ${browser.version()}`;
const results: Results = {
  machine: m,
  quick,
  partial: !!only,
  filter: {},
  csv: {},
  queryset: {},
  load: {},
};
const viewport = { width: 1200, height: 900 };
/** One part failing (a timeout, a crashed page) is recorded and the others still run. */
async function part<T, F>(
  name: string,
  run: () => Promise<T>,
  fail: (e: string) => F,
): Promise<T | F> {
  const before = load1();
  try {
    return await run();
  } catch (e) {
    const msg = `failed: ${String(e).split('\n')[0]?.slice(0, 200)}`;
    log(`${name} ${msg}`);
    return fail(msg);
  } finally {
    results.load[name] = [before, load1()];
  }
}
try {
  if (want('cold')) {
    log('cold start');
    results.cold = await part(
      'cold',
      () => coldStart(browser, server, quick ? 3 : 5),
      () => undefined,
    );
  }
  if (want('filter')) {
    log('filter change, default dataset');
    const page = await browser.newPage({ viewport });
    results.filter.default = await part(
      'filter default',
      () =>
        filterChange(page, server.url, quick ? 15 : 30, {
          views: quick ? VIEWS.slice(0, 2) : VIEWS,
        }),
      (skipped) => ({ skipped }),
    );
    await page.close();
  }
  if (want('csv') || want('filter')) {
    for (const [key, rows] of [
      ['100k', 100_000],
      ['1m', 1_000_000],
    ] as const) {
      if (quick && key === '100k') {
        results.csv[key] = { skipped: 'skipped (--quick)' };
        results.filter[key] = { skipped: 'skipped (--quick)' };
        continue;
      }
      const file = ensureScale(rows);
      // Five runs each, like every other timing (the 1M-row file once with --quick, to stay under
      // 5 minutes); the last one stays in the page for filter changes.
      const runs = key === '1m' && quick ? 1 : 5;
      const loads = [];
      const before = load1();
      let page = null;
      for (let i = 0; i < runs; i++) {
        await page?.close();
        page = await browser.newPage({ viewport });
        log(`CSV ${key} rows through the file input, run ${i + 1}/${runs}`);
        await openDataView(page, server.url);
        loads.push(await loadCsv(page, file, 900_000));
      }
      results.csv[key] = { runs: loads };
      results.load[`csv ${key}`] = [before, load1()];
      const last = loads.at(-1);
      if (page && last?.ok && !quick) {
        log(`filter change, ${key} rows`);
        results.filter[key] = await part(
          `filter ${key}`,
          () => filterChange(page!, server.url, 8, { inPage: true }),
          (skipped) => ({ skipped }),
        );
      } else {
        results.filter[key] = {
          skipped: last?.ok
            ? 'skipped (--quick)'
            : `not measurable: the ${key}-row file does not load (${last?.error ?? '?'})`,
        };
      }
      await page?.close();
    }
  }
  if (want('queryset')) {
    for (const [key, rows] of [
      ['10k', 10_000],
      ['1m', 1_000_000],
    ] as const) {
      if (quick && key === '1m') {
        results.queryset[key] = { skipped: 'skipped (--quick)' };
        continue;
      }
      log(`query set, ${key} rows (facts are computed once per file, cached in bench/data/)`);
      results.queryset[key] = await part(
        `queryset ${key}`,
        () => querySet(browser, server, rows),
        (skipped) => ({ skipped }),
      );
      const q = results.queryset[key];
      if (q && 'mismatches' in q && q.mismatches.length)
        console.error(`\n!!! QUERY SET: ENGINES DISAGREE at ${key}:\n${q.mismatches.join('\n')}\n`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
m.load_end = load1();
writeReport(
  results,
  `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
);
