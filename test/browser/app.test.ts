/**
 * The app in real Chromium against `vite preview` of the production build: the default dataset,
 * the chart, loading a file through the file input, the column-mapping step and the switches —
 * with no console error and no request to any origin but the preview server.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, root, type BrowserSession } from './harness';

const FIXTURE = root('test/fixtures/ogp-export-small.csv');
const CUSTOM = root('test/fixtures/custom-columns.csv');
const BROKEN = root('test/fixtures/broken.csv');
const manifest = JSON.parse(readFileSync(root('data/simulated/manifest.json'), 'utf8')) as {
  name: string;
  rows?: number;
};

let s: BrowserSession;
let page: Page;

beforeAll(async () => {
  s = await openBrowserSession();
  page = s.page;
});

afterAll(async () => {
  await s?.close();
});

const shot = (name: string) => s.shot(name);

async function rowAccounting() {
  const figure = async (name: string) =>
    Number(await page.getByTestId(`rows-${name}`).first().getAttribute('data-value'));
  return {
    read: await figure('read'),
    loaded: await figure('loaded'),
    rejected: await figure('rejected'),
    skipped: await figure('skipped'),
  };
}

const chartLabel = (text: string | RegExp) =>
  page.getByTestId('overview-chart').locator('svg text', { hasText: text });

describe('IRM Atlas in Chromium', () => {
  it('loads the simulated dataset and draws the overview chart with n on every bar', async () => {
    // Records any moment, once the first chart is painted, when the overview shows no chart.
    await page.addInitScript(() => {
      const w = window as unknown as { chartGaps: number };
      w.chartGaps = 0;
      new MutationObserver(() => {
        if (performance.getEntriesByName('first-chart').length === 0) return;
        if (!document.querySelector('[data-testid="overview-chart"] svg')) w.chartGaps++;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(s.server.url);
    await expect.poll(() => chartLabel(/\(n=[\d,]+\)/).count(), { timeout: 30_000 }).toBe(7);
    // The snapshot chart gives way to the live figures once DuckDB has loaded the dataset,
    // without a "Loading…" gap between the two.
    await page.getByTestId('precomputed-note').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { chartGaps: number }).chartGaps)).toBe(
      0,
    );
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
      ),
    );
    console.log('timings (ms from navigation start):', marks);
    expect(marks['duckdb-ready']).toBeGreaterThan(0);
    // The first chart is painted from the build-time snapshot, before the dataset is loaded.
    expect(marks['first-chart']).toBeLessThan(marks['dataset-ready'] ?? Infinity);
    await expect.poll(() => page.getByTestId('simulated-badge').isVisible()).toBe(true);
    expect(await page.getByTestId('active-dataset').textContent()).toBe(manifest.name);
    const chart = page.getByTestId('overview-chart');
    expect(await chart.locator('svg').count()).toBeGreaterThan(0);
    expect(await chart.locator('svg text', { hasText: 'SIMULATED DATA' }).count()).toBe(1);
    expect(await chart.locator('svg text', { hasText: 'Denominator: rated' }).count()).toBe(1);
    expect(
      await chartLabel(/^\d+% \(n=[\d,]+\)/)
        .first()
        .isVisible(),
    ).toBe(true);
    await shot('overview-simulated');
  });

  it("sorts the overview's metric table from the keyboard, the table library loading on first use", async () => {
    // The table starts as a plain poster; focus on a header wakes the real one and stays put.
    const table = page.getByTestId('metric-table');
    const share = table.locator('thead button').nth(1);
    await share.focus();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('th')?.cellIndex ?? -1))
      .toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => table.locator('th[aria-sort]').count()).toBe(1);
    const shares = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => parseFloat((tr as HTMLTableRowElement).cells[1]?.textContent ?? '') || -1),
      );
    expect(shares.length).toBe(7);
    const sorted = [...shares].sort((a, b) => a - b);
    expect([sorted, [...sorted].reverse()]).toContainEqual(shares);
  });

  it('shows the row accounting of the default dataset: read = loaded + rejected + skipped', async () => {
    await page.getByTestId('tab-data').click();
    await page.getByTestId('row-accounting').waitFor();
    const rows = await rowAccounting();
    expect(rows.read).toBeGreaterThan(1000);
    expect(rows.read).toBe(rows.loaded + rows.rejected + rows.skipped);
    if (manifest.rows !== undefined) expect(rows.read).toBe(manifest.rows);
    expect(await page.getByTestId('issues-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await shot('data-simulated');
  });

  it('loads a file chosen through the file input and replaces the dataset', async () => {
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByTestId('load-files').click();
    await expect.poll(async () => (await rowAccounting()).read, { timeout: 20_000 }).toBe(6);
    expect(await rowAccounting()).toEqual({ read: 6, loaded: 6, rejected: 0, skipped: 0 });
    expect(await page.getByTestId('active-dataset').textContent()).toBe('ogp-export-small.csv');
    expect(await page.getByTestId('simulated-badge').count()).toBe(0);
    await shot('data-fixture');
    await page.getByTestId('tab-overview').click();
    // 3 of the 5 rated fixture commitments are verifiable; the sixth is not assessed.
    await expect.poll(() => chartLabel('60% (n=5)').count(), { timeout: 10_000 }).toBe(1);
    expect(await chartLabel('no rated commitments (n=0)').count()).toBe(1);
    await shot('overview-fixture');
  });

  it('re-runs every figure when a methodology switch changes, and keeps it in the URL', async () => {
    await page.getByTestId('tab-methodology').click();
    // Views other than the overview are lazy chunks: the view shows once its chunk arrived.
    await page.getByTestId('rules-table').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('rules-table').locator('tbody tr').count()).toBeGreaterThan(5);
    await page.getByTestId('denominator-select').selectOption('all');
    // The URL is written on the frame after the change (src/hooks/use-view-state.ts).
    await expect.poll(() => page.url()).toContain('denominator=all');
    await shot('methodology');
    await page.getByTestId('tab-overview').click();
    // All six commitments in the denominator: 3 / 6.
    await expect.poll(() => chartLabel('50% (n=6)').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('tab-methodology').click();
    await page.getByTestId('denominator-select').selectOption('rated');
  });

  it('asks for a column mapping for an unknown layout, then remembers it', async () => {
    await page.getByTestId('tab-data').click();
    await page.getByTestId('file-input').setInputFiles(CUSTOM);
    await page.getByTestId('load-files').click();
    const form = page.getByTestId('mapping-form');
    await form.waitFor({ timeout: 20_000 });
    await shot('mapping-form');
    await form.getByRole('button', { name: 'Load with this mapping' }).click();
    await expect.poll(async () => (await rowAccounting()).read, { timeout: 20_000 }).toBe(3);
    // Same headers again: the remembered mapping applies without the form.
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByTestId('load-files').click();
    await expect.poll(async () => (await rowAccounting()).read, { timeout: 20_000 }).toBe(6);
    await page.getByTestId('file-input').setInputFiles(CUSTOM);
    await page.getByTestId('load-files').click();
    await expect.poll(async () => (await rowAccounting()).read, { timeout: 20_000 }).toBe(3);
    expect(await form.count()).toBe(0);
  });

  it('reports an unreadable file clearly and keeps the previous dataset', async () => {
    await page.getByTestId('file-input').setInputFiles(BROKEN);
    await page.getByTestId('load-files').click();
    const alert = page.getByRole('alert').filter({ hasText: 'Cannot read broken.csv' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('the previous dataset is still shown');
    expect((await rowAccounting()).read).toBe(3);
    await shot('data-error');
  });

  it('takes dropped files, sorting out the action-plans file by its name', async () => {
    const files = [
      { name: 'dropped-export.csv', text: readFileSync(FIXTURE, 'utf8') },
      {
        name: 'action-plans.csv',
        text: readFileSync(root('data/seed-sample/action-plans.csv'), 'utf8'),
      },
    ];
    await page.getByTestId('drop-zone').evaluate((zone, list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
      );
    }, files);
    await page.getByTestId('load-files').click();
    await page.getByTestId('plan-accounting').waitFor({ timeout: 20_000 });
    expect(await rowAccounting()).toEqual({ read: 6, loaded: 6, rejected: 0, skipped: 0 });
    expect(await page.getByTestId('active-dataset').textContent()).toBe('dropped-export.csv');
    expect(await page.getByTestId('dataset-panel').textContent()).toContain(
      'dropped-export.csv, action-plans.csv',
    );
  });

  it('loads the built-in seed sample with its action-plans file', async () => {
    await page.getByTestId('builtin-seed-sample').click();
    await page.getByTestId('plan-accounting').waitFor({ timeout: 20_000 });
    const rows = await rowAccounting();
    expect(rows.read).toBe(rows.loaded + rows.rejected + rows.skipped);
    expect(rows.read).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByTestId('simulated-badge').count()).toBe(0);
  });

  it("restarts a dead DuckDB worker and loads the session's data again, saying so", async () => {
    await page.getByTestId('tab-data').click();
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByTestId('load-files').click();
    await expect.poll(async () => (await rowAccounting()).read, { timeout: 20_000 }).toBe(6);
    await page.evaluate(() => window.irmAtlasDiagnostics?.simulateWorkerCrash());
    const notice = page.getByTestId('recovery-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toMatch(
      /worker stopped \(simulated crash\)\. It was restarted and ogp-export-small\.csv was loaded again/,
    );
    await page.getByTestId('tab-overview').click();
    await expect.poll(() => chartLabel('60% (n=5)').count(), { timeout: 20_000 }).toBe(1);
    await page.getByTestId('tab-data').click();
    expect(await rowAccounting()).toEqual({ read: 6, loaded: 6, rejected: 0, skipped: 0 });
    await shot('recovered');
  });

  it('made no request to another origin, had no CSP violation, logged no console error', async () => {
    expect(await s.cspViolations()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.failedRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
