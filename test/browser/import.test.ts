/**
 * Page import in real Chromium against `vite preview` of the production build: pasted and
 * chosen / dropped OGP pages (the seeds in ../shared/seeds, read at test time) are previewed,
 * duplicates refused by name, records added to the session, found in Explore with their source,
 * and still there after a DuckDB worker restart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';
import { openBrowserSession, root, type BrowserSession } from './harness';

const escapeHtml = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
function seedPath(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_* in ${fileURLToPath(SEEDS)}`);
  return fileURLToPath(new URL(name, SEEDS));
}

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
const stored = (field: string) => page.getByTestId(`stored-${field}`).first().textContent();

async function paste(prefix: string) {
  await page.getByTestId('tab-import').click();
  await page.getByTestId('import-text').fill(readFileSync(seedPath(prefix), 'utf8'));
  await page.getByTestId('import-read').click();
  await page.getByTestId('page-preview').waitFor({ timeout: 20_000 });
}

describe('Page import in Chromium', () => {
  it('previews a pasted commitment page, and refuses it when its identifier is loaded', async () => {
    await page.goto(`${s.server.url}/#import`);
    await expect
      .poll(() => page.getByTestId('active-dataset').textContent(), { timeout: 60_000 })
      .toMatch(/simulated/i);
    await paste('002');
    expect(await page.getByTestId('page-preview').getAttribute('data-kind')).toBe('commitment');
    expect(await page.getByTestId('page-kind').textContent()).toContain('commitment page');
    expect(await stored('commitment_id')).toBe('FR0025');
    expect(await stored('member')).toBe('France');
    expect(await stored('carried_forward')).toBe('yes');
    // The simulated dataset has an FR0025 of its own: refused, naming it, nothing to add.
    const dup = page.getByTestId('import-duplicate');
    await dup.waitFor({ timeout: 20_000 });
    expect(await dup.textContent()).toMatch(/FR0025 is already loaded \(from .+\)/);
    expect(await page.getByTestId('import-nothing').isVisible()).toBe(true);
    expect(await page.getByTestId('import-add').count()).toBe(0);
    await shot('import-duplicate');
  });

  it('adds a pasted commitment page to a session without it; Explore shows its source', async () => {
    await page.getByTestId('tab-data').click();
    await page.getByTestId('file-input').setInputFiles(root('test/fixtures/ogp-export-small.csv'));
    await page.getByTestId('load-files').click();
    await expect
      .poll(() => page.getByTestId('dataset-name').textContent(), { timeout: 30_000 })
      .toContain('ogp-export-small.csv');
    await paste('002');
    const fields = page.getByTestId('import-fields');
    const text = await fields.textContent();
    for (const s of ['FR0025', 'France', 'carried_forward', 'Reportés', 'limited', 'limitée'])
      expect(text).toContain(s);
    expect(await page.getByTestId('import-unrecognised-none').isVisible()).toBe(true);
    await page.getByTestId('import-joins').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-joins').textContent()).toContain('new member');
    await shot('import-preview-FR0025');
    const add = page.getByTestId('import-add');
    expect(await add.textContent()).toBe('Add 1 page to the session');
    await add.click();
    const outcome = page.getByTestId('import-outcome');
    await outcome.waitFor({ timeout: 20_000 });
    expect(await outcome.textContent()).toContain('1 record added');
    expect(await outcome.textContent()).toContain('FR0025');
    // Explore: the row is there, with its source.
    await page.getByTestId('tab-explore').click();
    await page.getByTestId('explore-search').fill('Diffuser innovation');
    await page.getByTestId('column-chooser').locator('summary').click();
    await page.getByTestId('col-source').check();
    await page.getByTestId('column-chooser').locator('summary').click();
    const rows = page.getByTestId('explore-table').locator('tbody tr');
    await expect.poll(() => rows.allInnerTexts(), { timeout: 20_000 }).toHaveLength(1);
    const row = (await rows.allInnerTexts())[0] ?? '';
    expect(row).toContain('FR0025');
    expect(row).toContain('page import');
    expect(row).toContain('2015-2017');
    await shot('import-explore');
    // The load report counts it.
    await page.getByTestId('tab-data').click();
    expect(await page.getByTestId('page-imports').textContent()).toContain('1 commitment');
  });

  it('previews an action-plan page chosen as a file, and adds it', async () => {
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-files').setInputFiles(seedPath('001'));
    const preview = page.getByTestId('page-preview');
    await preview.waitFor({ timeout: 20_000 });
    expect(await preview.getAttribute('data-kind')).toBe('action_plan');
    expect(await page.getByTestId('page-kind').textContent()).toContain('action-plan page');
    expect(await stored('member')).toBe('Cartagena de Indias');
    expect(await stored('submission_date')).toBe('2022-11-29');
    expect(await stored('public_meetings')).toBe('23');
    await shot('import-preview-plan');
    await page.getByTestId('import-add').click();
    await page.getByTestId('import-outcome').waitFor({ timeout: 20_000 });
    const session = await page.getByTestId('import-session').textContent();
    expect(session).toContain('cartagena-de-indias-2022-2023');
    expect(session).toContain('FR0025');
  });

  it('reads several files at once, HTML included', async () => {
    await page
      .getByTestId('import-files')
      .setInputFiles([root('test/fixtures/pages/en-action-plan.html'), seedPath('000')]);
    const previews = page.getByTestId('page-preview');
    await expect.poll(() => previews.count(), { timeout: 20_000 }).toBe(2);
    expect(await previews.nth(0).getAttribute('data-kind')).toBe('action_plan');
    expect(await previews.nth(0).getByTestId('stored-member').textContent()).toBe('Austin');
    expect(await previews.nth(0).textContent()).not.toContain('alert(1)');
    expect(await previews.nth(1).getByTestId('stored-commitment_id').textContent()).toBe('CO0111');
    await expect
      .poll(() => page.getByTestId('import-add').textContent(), { timeout: 20_000 })
      .toBe('Add 2 pages to the session');
  });

  it('says a dropped page that is neither kind adds nothing', async () => {
    const text = readFileSync(seedPath('004'), 'utf8');
    const data = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], '004.txt', { type: 'text/plain' }));
      return dt;
    }, text);
    await page.getByTestId('import-drop').dispatchEvent('drop', { dataTransfer: data });
    const neither = page.getByTestId('import-neither');
    await neither.waitFor({ timeout: 20_000 });
    expect(await neither.textContent()).toContain(
      'neither an OGP commitment page nor an action-plan page: nothing will be added',
    );
    expect(await page.getByTestId('import-nothing').isVisible()).toBe(true);
    expect(await page.getByTestId('import-fields').count()).toBe(0);
    await shot('import-neither');
  });

  it('speaks French', async () => {
    await page.getByTestId('language-select').selectOption('fr');
    await expect.poll(() => page.getByTestId('tab-import').textContent()).toBe('Importer');
    expect(await page.getByTestId('import-neither').textContent()).toContain(
      'ni une page d’engagement ni une page de plan d’action',
    );
    await shot('import-neither-fr');
    await page.getByTestId('language-select').selectOption('en');
  });

  it('never runs hostile text from a pasted page or a saved one', async () => {
    const kenya = readFileSync(root('test/fixtures/pages/en-commitment.txt'), 'utf8');
    const hostile = XSS_PAYLOADS.join(' ');
    // As text (every line kept) and as HTML (the parser's scanner, entities decoded to text).
    await page
      .getByTestId('import-text')
      .fill(kenya.replace('Kenya School of Government', hostile));
    await page.getByTestId('import-read').click();
    await page.getByTestId('page-preview').waitFor({ timeout: 20_000 });
    const html = `<html><body><h1>${escapeHtml(XSS_PAYLOADS[1])} Open data (KE0099)</h1>${kenya
      .split('\n')
      .slice(3)
      .map((l) => `<p>${escapeHtml(l.replace('Kenya School of Government', hostile))}</p>`)
      .join('')}</body></html>`;
    await page.getByTestId('import-files').setInputFiles({
      name: 'hostile.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html, 'utf8'),
    });
    await page.getByTestId('page-kind').filter({ hasText: 'hostile.html' }).waitFor();
    expect(await stored('commitment_id')).toBe('KE0099');
    expect(await page.getByTestId('import-fields').textContent()).toContain('<img src=x onerror=');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(s.dialogs).toEqual([]);
  });

  it('keeps the imported pages when the database worker restarts', async () => {
    await page.evaluate(() => window.irmAtlasDiagnostics?.simulateWorkerCrash());
    await page.getByTestId('recovery-notice').waitFor({ timeout: 20_000 });
    await page.getByTestId('tab-import').click();
    const session = page.getByTestId('import-session');
    await expect
      .poll(() => session.textContent(), { timeout: 30_000 })
      .toContain('cartagena-de-indias-2022-2023');
    await session.getByRole('link', { name: 'FR0025' }).click();
    await page.locator('#commitment-title', { hasText: 'FR0025' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('commitment-facts').textContent()).toContain('page import');
    await shot('import-after-restart');
  });

  it('made no request to another origin, had no CSP violation, logged no console error', async () => {
    expect(await s.cspViolations()).toEqual([]);
    expect(s.dialogs).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.failedRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
