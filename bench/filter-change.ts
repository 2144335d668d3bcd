/**
 * Filter change → every visible chart rendered, in headless Chromium against the production build.
 * For each view it toggles a region in the filter bar through the UI — a real history entry, the
 * view's figures recomputed from the dataset's facts (src/queries/facts.ts), a real ECharts
 * render — and times from the click to the moment every chart card on screen has drawn its new
 * option (ChartCard stamps `data-rendered-at` on ECharts' `rendered` event, `data-painted-at` on
 * the frame after). Works on the default dataset or on a scale file loaded through the Data view
 * (views are then reached in-page, so the loaded data stays).
 *   npm run bench:filter [-- --runs N] [--rows 100000]   (N changes per view, default 40)
 */
import type { Page } from 'playwright-core';
import { ensureScale } from '../scripts/generate-scale';
import { ensureBuild } from '../test/browser/preview-server';
import { openDataView, loadCsv } from './csv-load';
import { arg, isMain, launch, quantile } from './lib/env';
import { startStatic } from './lib/static-server';

const WARMUP = 4;
const REGIONS = ['Europe', 'Americas', 'Africa and the Middle East', 'Asia and the Pacific'];
export const VIEWS: [string, string][] = [
  ['compare: heatmap', '#compare'],
  ['compare: distribution', '?view=distribution#compare'],
  ['compare: quadrant', '?view=quadrant#compare'],
  ['compare: pipeline', '?view=pipeline#compare'],
  ['trends (3 members + regions)', '?member=Colombia&member=France&member=Kenya#trends'],
];

export interface Quantiles {
  p50: number;
  p95: number;
}
export interface FilterChange {
  changes: number;
  rendered: Quantiles;
  painted: Quantiles;
  compute: Quantiles;
  views: Record<string, { rendered: Quantiles; compute: Quantiles }>;
}

/**
 * In-page code as text: tsx (esbuild keepNames) would wrap named inner functions in a `__name`
 * helper that does not exist in the page.
 */
const TIME_CHANGE = `(value) => {
  const cards = () => [...document.querySelectorAll('.chart-card')];
  const before = cards().map((c) => c.dataset.version);
  const box = document.querySelector('[data-testid="filter-region"] input[data-value="' + value + '"]');
  if (!box) throw new Error('no region checkbox ' + value);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const check = () => {
      const cs = cards();
      const done = cs.length === before.length && cs.every((c, i) =>
        c.dataset.version !== before[i] && c.dataset.rendered === c.dataset.version &&
        Number(c.dataset.paintedAt) >= Number(c.dataset.renderedAt));
      if (!done) return;
      observer.disconnect();
      const last = (name) => Math.max(...cs.map((c) => Number(c.dataset[name]))) - t0;
      const q = performance.getEntriesByName('view-compute').at(-1);
      resolve([last('renderedAt'), last('paintedAt'), q && q.startTime >= t0 ? q.duration : NaN]);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, attributes: true,
      attributeFilter: ['data-rendered', 'data-version', 'data-painted-at'] });
    setTimeout(() => reject(new Error('no render within 30 s')), 30000);
    box.click();
  });
}`;

function timeChange(page: Page, value: string): Promise<[number, number, number]> {
  return page.evaluate(`(${TIME_CHANGE})(${JSON.stringify(value)})`) as Promise<
    [number, number, number]
  >;
}

async function ready(page: Page) {
  await page.waitForFunction(
    () => {
      const cs = [...document.querySelectorAll<HTMLElement>('.chart-card')];
      return cs.length > 0 && cs.every((c) => c.dataset.rendered === c.dataset.version);
    },
    null,
    { timeout: 300_000 },
  );
}

/** In-page navigation: keeps an uploaded dataset (a reload would drop it). */
async function navigate(page: Page, link: string) {
  await page.evaluate((l) => {
    history.pushState(null, '', `/${l}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, link);
}

/**
 * Opens the region dropdown. Under a busy main thread (a large dataset's figures recomputing)
 * the first click can be undone by a re-render, so it retries until the checkboxes show.
 */
async function openRegionList(page: Page) {
  const box = page.locator('[data-testid="filter-region"] input[data-value="Europe"]');
  for (let attempt = 0; attempt < 8; attempt++) {
    if (await box.isVisible()) return;
    if ((await page.locator('[data-testid="filter-region"][open]').count()) === 0)
      await page.locator('[data-testid="filter-region"] > summary').click();
    await box.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => {});
  }
  await box.waitFor({ state: 'visible', timeout: 30_000 });
}

const q = (xs: number[]): Quantiles => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95) });

/**
 * `runs` filter changes per view on the dataset the page holds. `inPage`: reach views without a
 * reload (for uploaded data).
 */
export async function filterChange(
  page: Page,
  url: string,
  runs: number,
  opts: { inPage?: boolean; views?: [string, string][]; log?: (s: string) => void } = {},
): Promise<FilterChange> {
  const all = { rendered: [] as number[], painted: [] as number[], compute: [] as number[] };
  const views: FilterChange['views'] = {};
  for (const [name, link] of opts.views ?? VIEWS) {
    if (opts.inPage) await navigate(page, link);
    else await page.goto(`${url}/${link}`);
    await ready(page);
    await openRegionList(page);
    opts.log?.(`${name}… `);
    const mine = { rendered: [] as number[], compute: [] as number[] };
    for (let i = 0; i < WARMUP + runs; i++) {
      // on, off, next region on, off, …: every click is a filter change.
      const region = REGIONS[Math.floor(i / 2) % REGIONS.length] ?? 'Europe';
      const [rendered, painted, compute] = await timeChange(page, region);
      if (i < WARMUP) continue;
      mine.rendered.push(rendered);
      mine.compute.push(compute);
      all.rendered.push(rendered);
      all.painted.push(painted);
      all.compute.push(compute);
    }
    views[name] = { rendered: q(mine.rendered), compute: q(mine.compute) };
  }
  return {
    changes: all.rendered.length,
    rendered: q(all.rendered),
    painted: q(all.painted),
    compute: q(all.compute),
    views,
  };
}

if (isMain(import.meta.url)) {
  const runs = Number(arg('runs') ?? 40);
  const rows = arg('rows');
  ensureBuild();
  const server = await startStatic();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    if (rows) {
      await openDataView(page, server.url);
      const load = await loadCsv(page, ensureScale(Number(rows)));
      if (!load.ok) throw new Error(`the ${rows}-row file did not load: ${load.error}`);
    }
    const r = await filterChange(page, server.url, runs, {
      inPage: !!rows,
      log: (s) => process.stdout.write(s),
    });
    console.log(`\n${JSON.stringify(r, null, 2)}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
