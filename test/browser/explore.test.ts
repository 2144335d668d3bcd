/**
 * Explore, commitment pages, member briefings, action plans and the SQL console in real
 * Chromium against `vite preview` of the production build — with no console error and no
 * request to any origin but the preview server.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, openBrowserSession, type BrowserSession } from './harness';

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

const count = async () =>
  Number(await page.getByTestId('explore-count').getAttribute('data-value'));

const titles = () => page.getByTestId('explore-table').locator('tbody tr').allInnerTexts();

async function readDownload(click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return readFileSync(path);
}

/** Pages in a PDF: page objects, not the /Pages tree node. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('Explore and detail views in Chromium', () => {
  it('lists every commitment of the default dataset, counted by the database', async () => {
    await page.goto(`${s.server.url}/#explore`);
    await page.getByTestId('explore-count').waitFor({ timeout: 60_000 });
    expect(await count()).toBeGreaterThan(5000);
    expect(await page.getByTestId('explore-table').locator('tbody tr').count()).toBe(50);
    expect(await page.getByTestId('explore-sim-note').isVisible()).toBe(true);
    await shot('explore-default');
  });

  it('finds an accented title from an unaccented, lower-case query', async () => {
    await page.getByTestId('explore-search').fill('participacion');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('q=participacion');
    await expect
      .poll(async () => (await titles()).join('\n'), { timeout: 20_000 })
      .toContain('Participación');
    const found = await count();
    expect(found).toBeGreaterThan(0);
    await page.getByTestId('explore-search').fill('PARTICIPACIÓN');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('q=PARTICIPACI');
    await expect.poll(count, { timeout: 20_000 }).toBe(found);
    await shot('explore-search');
  });

  it('sorts and pages in the database, keeping the state in the URL', async () => {
    await page.getByTestId('explore-table').getByRole('button', { name: 'Title' }).click();
    await expect.poll(() => page.url()).toContain('sort=title');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.url()).toContain('page=2');
    await expect
      .poll(() => page.getByTestId('pager-status').textContent(), { timeout: 20_000 })
      .toContain('Page 2 of');
    await page.getByTestId('explore-search').fill('zzzz-nothing-matches');
    await page.getByTestId('explore-empty').waitFor({ timeout: 20_000 });
    expect(await count()).toBe(0);
    await page.getByTestId('explore-search').fill('');
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(5000);
  });

  it('shows and hides columns from the chooser, in the URL', async () => {
    await page.getByTestId('column-chooser').locator('summary').click();
    await page.getByTestId('col-lead_institutions').check();
    await expect.poll(() => page.url()).toContain('cols=');
    await page.getByTestId('column-chooser').locator('summary').click();
    const header = page
      .getByTestId('explore-table')
      .getByRole('button', { name: 'Lead institutions' });
    await header.waitFor({ timeout: 20_000 });
    await page.getByTestId('column-chooser').locator('summary').click();
    await page.getByTestId('col-lead_institutions').uncheck();
    await page.getByTestId('column-chooser').locator('summary').click();
    await expect.poll(() => header.count(), { timeout: 20_000 }).toBe(0);
  });

  it('exports the selection as CSV and Parquet, both labelled as simulated', async () => {
    await page.getByTestId('explore-search').fill('participacion');
    await expect.poll(count, { timeout: 20_000 }).toBeLessThan(1000);
    const n = await count();
    const csv = (await readDownload(() => page.getByTestId('export-csv').click())).toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^commitment_id,.*,dataset,data_status,rules_in_force$/);
    expect(lines).toHaveLength(n + 1);
    expect(lines[1]).toContain('SIMULATED DATA');
    const parquet = await readDownload(() => page.getByTestId('export-parquet').click());
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(parquet.toString('latin1')).toContain('irm_atlas.data_status');
  });

  it('prints a member briefing on one A4 (and one Letter) page', async () => {
    await page.goto(`${s.server.url}/#member/COL`);
    await page.getByTestId('cycle-table').waitFor({ timeout: 30_000 });
    await page.getByTestId('pipeline').locator('svg').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('provenance').textContent()).toContain('SIMULATED DATA');
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: s.server.url,
    });
    await page.getByTestId('copy-summary').click();
    await page.getByText('Summary copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Colombia \(national, Americas\)/);
    expect(copied).toContain('SIMULATED DATA');
    expect(copied).toMatch(/High ambition: \d+% \(n=\d+\)/);
    await shot('briefing-col');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const letter = await page.pdf({ format: 'Letter', printBackground: true });
    // What the page looks like on paper: print styles at the printable width of A4 (190 mm).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1047 });
    await page.screenshot({ path: `${SHOTS}/briefing-col-print.png`, fullPage: true });
    // null, not 'screen': a forced 'screen' would also apply to later page.pdf() calls.
    await page.emulateMedia({ media: null });
    await page.setViewportSize({ width: 1200, height: 900 });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfPageCount(letter)).toBe(1);
  });

  it('shows the seed sample’s local action plans with their co-creation facts', async () => {
    await page.getByTestId('tab-data').click();
    await page.getByTestId('builtin-seed-sample').click();
    await page.getByTestId('plan-accounting').waitFor({ timeout: 30_000 });
    await page.getByTestId('tab-plans').click();
    const table = page.getByTestId('plans-table');
    await table.waitFor({ timeout: 20_000 });
    const text = await table.textContent();
    expect(text).toContain('Bogotá, Colombia');
    expect(text).toContain('Cartagena de Indias, Colombia');
    expect(text).toContain('200');
    expect(text).toContain('23');
    await shot('plans-seed');
    await table.getByRole('link', { name: 'Bogotá, Colombia' }).click();
    const plans = page.getByTestId('briefing-plans');
    await plans.waitFor({ timeout: 20_000 });
    expect(await plans.textContent()).toContain('200 participating groups; 26 public meetings');
    await expect.poll(() => page.url()).toContain('#member/bogota-colombia');
    await shot('briefing-local');
  });

  it.each([
    ['CO0111', 'refresh', 'Sustancial', 'Yes'],
    ['FR0025', 'pre2020', 'Faible', 'No'],
  ])('shows %s (%s era) with raw and harmonised labels', async (id, era, raw, ambition) => {
    await page.goto(`${s.server.url}/#commitment/${id}`);
    const ratings = page.getByTestId('ratings-table');
    await page.locator('#commitment-title', { hasText: id }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await page.getByTestId('commitment-facts').textContent()).toContain(
      era === 'refresh' ? 'IRM Refresh' : 'pre-2020',
    );
    expect(await ratings.locator('q.raw', { hasText: raw }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('h-ambition_high').textContent()).toBe(ambition);
    expect(await ratings.textContent()).toMatch(/Rule used/);
    const neighbours = page.getByTestId('neighbours');
    expect(await neighbours.textContent()).toContain(id === 'CO0111' ? '1 of 2' : '2 of 2');
    await shot(`commitment-${id}`);
  });

  it('refuses DROP TABLE in the SQL console and the table is still there', async () => {
    await page.getByTestId('tab-sql').click();
    await page.getByTestId('sql-text').fill('DROP TABLE commitments');
    await page.getByTestId('sql-run').click();
    const refused = page.getByTestId('sql-refused');
    await refused.waitFor({ timeout: 20_000 });
    expect(await refused.textContent()).toContain('DROP is not allowed');
    await expect.poll(() => page.url()).toContain('q=DROP');
    await shot('sql-refused');
    await page.getByTestId('sql-text').fill('SELECT count(*) AS n FROM commitments');
    await page.getByTestId('sql-run').click();
    const table = page.getByTestId('sql-table');
    await table.waitFor({ timeout: 20_000 });
    expect(await table.locator('tbody td').first().textContent()).toBe('2');
    await shot('sql-count');
  });

  it('loads its own CSV export back as simulated data, saying why', async () => {
    await page.goto(`${s.server.url}/#explore`);
    await page.getByTestId('explore-search').fill('participacion');
    await expect.poll(count, { timeout: 20_000 }).toBeLessThan(1000);
    const n = await count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const file = `${SHOTS}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    await page.getByTestId('tab-data').click();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('load-files').click();
    const read = page.getByTestId('rows-read').first();
    await expect
      .poll(async () => Number(await read.getAttribute('data-value')), { timeout: 30_000 })
      .toBe(n);
    expect(await page.getByTestId('active-dataset').textContent()).toBe(
      download.suggestedFilename(),
    );
    expect(await page.getByTestId('simulated-badge').count()).toBeGreaterThan(0);
    await expect
      .poll(() =>
        page.getByText(`column "data_status" says every row (${n}) is simulated data`).count(),
      )
      .toBe(1);
    await shot('data-export-reloaded');
    // Nothing came back altered: no unknown label (states such as not_applicable read back as
    // themselves), no rejected row.
    await page.getByTestId('tab-sql').click();
    await page
      .getByTestId('sql-text')
      .fill("SELECT count(*) AS n FROM load_issues WHERE severity <> 'info'");
    await page.getByTestId('sql-run').click();
    const cell = page.getByTestId('sql-table').locator('tbody td').first();
    await expect.poll(() => cell.textContent(), { timeout: 20_000 }).toBe('0');
  });

  it('made no request to another origin, had no CSP violation, logged no console error', async () => {
    expect(await s.cspViolations()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.failedRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
