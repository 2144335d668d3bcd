/**
 * A CSV above the app's threshold (src/ingest/cut-workers.ts) is read by Web Workers in the
 * production build, under its Content-Security-Policy, and loads exactly what Node's loader,
 * reading the same file from start to end, loads: the same rows and columns, the same issues in
 * the same order. The file repeats one identifier across cuts, so a cut is read a second time.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScale } from '../../scripts/generate-scale';
import { createNodeConnector } from '../../src/db/node-connector';
import { loadDataset, readFile, type LoadReport } from '../../src/ingest';
import { toCsv } from '../../src/lib/csv';
import { PARALLEL_MIN_BYTES } from '../../src/ingest/cut-workers';
import { openBrowserSession, type BrowserSession } from './harness';

// Rows and issues as one figure each, insensitive to the dataset's id (Node's load names it
// differently) but not to any value or, for the issues, their order.
const ROWS_DIGEST =
  'SELECT count(*)::INTEGER AS n, bit_xor(hash(t))::VARCHAR AS h FROM (SELECT * EXCLUDE (dataset_id) FROM commitments) t';
const ISSUES_DIGEST = `SELECT count(*)::INTEGER AS n, md5(string_agg(concat_ws('|', file, "row", "column", value, severity, message), chr(10) ORDER BY rowid)) AS h FROM load_issues`;

let s: BrowserSession;
let page: Page;
let dir: string;
let file: string;
let truth: { report: LoadReport; rows: string; issues: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
  file = join(dir, 'export-12k.csv');
  writeScale(12_000, file);
  // The first row again at the end: the last cut repeats the first one's identifier.
  const table = await readFile({ name: 'export-12k.csv', bytes: readFileSync(file) });
  const again = toCsv(table.headers, [table.rows[0]!], { neutralise: false });
  appendFileSync(file, again.slice(again.indexOf('\r\n') + 2));
  const bytes = new Uint8Array(readFileSync(file));
  expect(bytes.length).toBeGreaterThan(PARALLEL_MIN_BYTES);

  const conn = await createNodeConnector();
  const report = await loadDataset(
    conn,
    { commitments: [{ name: 'export-12k.csv', bytes }] },
    { id: 'node', name: 'node', simulated: false, asOf: new Date().toISOString().slice(0, 10) },
  );
  const digest = async (sql: string) => {
    const [r] = await conn.query<{ n: number; h: string }>(sql);
    return `${r!.n} ${r!.h}`;
  };
  truth = { report, rows: await digest(ROWS_DIGEST), issues: await digest(ISSUES_DIGEST) };
  await conn.close();

  s = await openBrowserSession();
  page = s.page;
}, 180_000);

afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a query in the SQL console; its one row is then read back as "n h". */
async function runInConsole(sql: string): Promise<void> {
  await page.getByTestId('sql-text').fill(sql);
  await page.getByTestId('sql-run').click();
}

async function consoleRow(): Promise<string> {
  const cells = await page.getByTestId('sql-table').locator('tbody td').allTextContents();
  return cells.map((t) => t.replace(/[\s,\u202f]/g, '')).join(' ');
}

describe('a large CSV read by workers in the browser', () => {
  it('loads the same rows and issues as a read from start to end', async () => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${s.server.url}/#data`);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('load-files').click();
    const figure = async (name: string) =>
      Number(await page.getByTestId(`rows-${name}`).first().getAttribute('data-value'));
    await expect
      .poll(() => figure('read'), { timeout: 120_000, interval: 500 })
      .toBe(truth.report.rows.read);
    expect({
      read: await figure('read'),
      loaded: await figure('loaded'),
      rejected: await figure('rejected'),
      skipped: await figure('skipped'),
    }).toEqual(truth.report.rows);
    expect(truth.report.rows).toMatchObject({ read: 12_001, rejected: 1 });
    expect(workers.filter((u) => /cut-worker/.test(u)).length).toBeGreaterThanOrEqual(2);
    await s.shot('data-large-csv');

    await page.getByTestId('tab-sql').click();
    await runInConsole(ROWS_DIGEST);
    await expect.poll(consoleRow, { timeout: 30_000 }).toBe(truth.rows);
    await runInConsole(ISSUES_DIGEST);
    await expect.poll(consoleRow, { timeout: 30_000 }).toBe(truth.issues);
    expect(s.consoleErrors).toEqual([]);
    expect(await s.cspViolations()).toEqual([]);
  }, 240_000);

  it('cancels a load from the progress bar and keeps the data loaded before', async () => {
    const bigger = join(dir, 'export-40k.csv');
    writeScale(40_000, bigger);
    await page.goto(`${s.server.url}/#data`);
    const read = () => page.getByTestId('rows-read').first().getAttribute('data-value');
    // The tab was reloaded: the default dataset first, then the 12k file again, to cancel after.
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('load-files').click();
    await expect.poll(read, { timeout: 120_000, interval: 500 }).toBe('12001');

    await page.getByTestId('file-input').setInputFiles(bigger);
    await page.getByTestId('load-files').click();
    await page.getByTestId('cancel-load').waitFor();
    // Beside the bar: the rows read so far, some but fewer than the file has (the load goes on).
    const readSoFar = async () => {
      const text = (await page.getByTestId('progress-detail').textContent()) ?? '';
      const m = /^(\d{1,3}(?:,\d{3})*) rows read/.exec(text);
      return m ? Number(m[1]!.replace(/,/g, '')) : 0;
    };
    await expect.poll(readSoFar, { timeout: 60_000, interval: 100 }).toBeGreaterThan(0);
    const first = await readSoFar();
    expect(first).toBeLessThan(40_000);
    await s.shot('data-load-progress');
    await page.getByTestId('cancel-load').click();
    await expect
      .poll(() => page.getByTestId('load-cancelled').textContent(), { timeout: 60_000 })
      .toBe('Load cancelled: the dataset loaded before is unchanged.');
    expect(await page.getByTestId('progress').count()).toBe(0);
    expect(await read()).toBe('12001');
    await s.shot('data-load-cancelled');
    await page.getByTestId('tab-sql').click();
    await runInConsole(ROWS_DIGEST);
    await expect.poll(consoleRow, { timeout: 30_000 }).toBe(truth.rows);
    expect(s.consoleErrors).toEqual([]);
  }, 240_000);
});
