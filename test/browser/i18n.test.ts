/**
 * The UI in French and Spanish in real Chromium against `vite preview` of the production build:
 * the language menu switches the UI and writes `lang` into the URL, the Compare view's labels and
 * figures follow (French "46 %" with a no-break space and a decimal comma), a reload keeps the
 * language, and Spanish works the same way on another view. A page opened in French never shows
 * English first, though French is fetched on demand.
 */
import { type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession, chartRendered } from './harness';

/** A percentage written the French or Spanish way: digits, a no-break space, then "%". */
const LATIN_PERCENT = /^\d{1,3}(,\d)?[\u00a0\u202f]%/;

let s: BrowserSession;
let page: Page;

beforeAll(async () => {
  s = await openBrowserSession();
  page = s.page;
});

afterAll(async () => {
  await s?.close();
});

const rendered = (testId: string) => chartRendered(page, testId);

/** The share cells of a chart's "show as table" alternative, as shown on screen. */
async function shareTexts(chart: string): Promise<string[]> {
  const details = page.getByTestId(chart).locator('details.as-table');
  if ((await details.getAttribute('open')) === null)
    await page.getByTestId(`${chart}-show-table`).click();
  const table = page.getByTestId(`${chart}-table`);
  await table.waitFor();
  return table.locator('[data-key]').allTextContents();
}

const text = (testId: string) => page.getByTestId(testId).innerText();

describe('the UI in French and Spanish', () => {
  it('switching to French translates the Compare view, its figures and the URL', async () => {
    await page.goto(`${s.server.url}/#compare`);
    await rendered('heatmap');
    expect(await page.locator('#compare-title').innerText()).toBe('Compare');
    await page.getByTestId('language-select').selectOption('fr');
    await expect.poll(() => page.url()).toContain('lang=fr');
    await expect.poll(() => page.locator('#compare-title').innerText()).toBe('Comparer');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    // Navigation, sub-view tabs, controls and the metric list.
    expect(await text('tab-compare')).toBe('Comparer');
    expect(await text('tab-overview')).toBe('Vue d’ensemble');
    expect(await text('subview-heatmap')).toBe('Membres × cycles');
    expect(await text('subview-distribution')).toBe('Répartition');
    expect(await text('eras-split')).toBe('Périodes séparées');
    const metrics = await page.getByTestId('metric-select').locator('option').allTextContents();
    expect(metrics).toContain('Vérifiable');
    expect(metrics).toContain('Achèvement élevé');
    expect(await page.locator('.controls').innerText()).toContain('Indicateur');
    expect(await text('filter-region')).toContain('Région');
    // The chart's accessible name carries its French title.
    const card = await rendered('heatmap');
    // French typography: a no-break space before the colon (\s matches it).
    expect(await card.locator('figure').getAttribute('aria-label')).toMatch(
      /^Vérifiable\s:\smembres × cycles de plan/,
    );
    // Figures in the table: "46 %" with a no-break space, never "46%".
    const shares = (await shareTexts('heatmap')).filter((x) => x !== '—');
    expect(shares.length).toBeGreaterThan(10);
    for (const x of shares) expect(x, x).toMatch(LATIN_PERCENT);
    const table = page.getByTestId('heatmap-table');
    expect(await table.innerText()).toMatch(/Part/);
    expect(await table.innerText()).toMatch(/Intervalle à 95/);
    await s.shot('i18n-compare-fr');
  });

  it('a reload keeps French, and a decimal comma shows where a share needs a decimal', async () => {
    await page.reload();
    await rendered('heatmap');
    expect(page.url()).toContain('lang=fr');
    expect(await page.locator('#compare-title').innerText()).toBe('Comparer');
    expect(await text('subview-heatmap')).toBe('Membres × cycles');
    // The distribution sub-view: native rating labels in French, from the vocabulary module.
    await page.getByTestId('subview-distribution').click();
    const card = await rendered('distribution');
    expect(await card.locator('figure').getAttribute('aria-label')).toMatch(
      /^Achèvement\s:\sniveaux d’évaluation d’origine par membre/,
    );
    const levels = await page.getByTestId('distribution-table').count();
    if (levels === 0) await page.getByTestId('distribution-show-table').click();
    const body = await page.getByTestId('distribution-table').innerText();
    expect(body).toMatch(/Substantiel|Complet|Limité/);
    expect(body).not.toMatch(/\bSubstantial\b|\bComplete\b/);
    // French grouping and decimals come from Intl: a decimal comma, never a decimal point.
    expect(body).not.toMatch(/\d\.\d\u00a0?%/);
  });

  it('Spanish works the same way on the Overview, and survives a reload', async () => {
    await page.goto(`${s.server.url}/#overview`);
    await page.getByTestId('language-select').selectOption('es');
    await expect.poll(() => page.url()).toContain('lang=es');
    await expect.poll(() => page.locator('#overview-title').innerText()).toBe('Resumen');
    await page.reload();
    await expect.poll(() => page.locator('#overview-title').innerText()).toBe('Resumen');
    expect(await text('tab-compare')).toBe('Comparar');
    const table = page.getByTestId('metric-table');
    await table.waitFor({ timeout: 60_000 });
    const body = await table.innerText();
    expect(body).toContain('Verificable');
    expect(body).toContain('Métrica');
    expect(body).toMatch(/\d[\u00a0\u202f]%/);
    await s.shot('i18n-overview-es');
  });

  it('a page opened in French shows no English first: it waits for the French messages', async () => {
    // French and Spanish are fetched on demand; the first text React commits must be French.
    await page.addInitScript(() => {
      const first: string[] = [];
      (window as unknown as { firstTabText: string[] }).firstTabText = first;
      new MutationObserver(() => {
        const tab = document.querySelector('[data-testid="tab-overview"]');
        if (tab && first.length === 0) first.push(tab.textContent ?? '');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${s.server.url}/?lang=fr#overview`);
    await expect.poll(() => page.locator('#overview-title').innerText()).toBe('Vue d’ensemble');
    const first = await page.evaluate(
      () => (window as unknown as { firstTabText: string[] }).firstTabText,
    );
    expect(first).toEqual(['Vue d’ensemble']);
  });

  it('logs no console error, makes no foreign request and breaks no CSP rule in any language', async () => {
    expect(await s.cspViolations()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
