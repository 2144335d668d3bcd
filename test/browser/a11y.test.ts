/**
 * Accessibility in real Chromium against `vite preview` of the production build (issue 5, part 4):
 * axe-core on every view with zero serious or critical findings; the header and Compare usable by
 * keyboard with a visible focus indicator; every chart named, with a "show as table" alternative
 * holding the same numbers; the decal (pattern) option kept in the URL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild, startPreview, type PreviewServer } from './preview-server';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

let server: PreviewServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
/** Every finding of every impact, per view: printed at the end (the report's before/after). */
const findings: Record<string, string[]> = {};

beforeAll(async () => {
  const build = ensureBuild();
  if (build.built) console.log(`vite build: ${build.ms} ms`);
  server = await startPreview();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The page keeps its Content-Security-Policy (no bypassCSP): the audit sees the app exactly as
  // served. axe is injected with page.evaluate (a DevTools evaluation, which script-src does not
  // govern) instead of page.addScriptTag, whose inline <script> that policy rightly blocks.
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
});

afterAll(async () => {
  const lines = Object.entries(findings).map(([v, f]) => `  ${v}: ${f.join(', ') || 'none'}`);
  console.log(`axe findings (all impacts):\n${lines.join('\n')}`);
  await browser?.close();
  server?.stop();
});

/** No request in flight and nothing marked busy. */
async function settled() {
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 60_000 }).toBe(0);
}

/** Waits until a chart card has drawn its latest option. */
async function rendered(testId: string) {
  const card = page.getByTestId(testId);
  await expect
    .poll(
      async () => {
        const [v, r] = await Promise.all([
          card.getAttribute('data-version'),
          card.getAttribute('data-rendered'),
        ]);
        return v !== null && v === r && (await page.locator('[aria-busy="true"]').count()) === 0;
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  return card;
}

/** Opens a chart card's "show as table" alternative, so the audit covers the table too. */
async function openTable(testId: string) {
  const details = page.getByTestId(testId).locator('details.as-table');
  if ((await details.getAttribute('open')) === null)
    await page.getByTestId(`${testId}-show-table`).click();
  await page.getByTestId(`${testId}-table`).waitFor();
}

async function runAxe(): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe;
    const r = (await axe.run({ resultTypes: ['violations'] })) as { violations: AxeViolation[] };
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html.slice(0, 160),
        failureSummary: n.failureSummary,
      })),
    }));
  });
}

/** Each view: its link, and what shows it has rendered (charts drawn, table filled). */
const VIEWS: [string, string, () => Promise<void>][] = [
  [
    'overview',
    '#overview',
    async () => {
      await page.getByTestId('metric-table').waitFor({ timeout: 60_000 });
      await page.getByTestId('overview-chart').locator('svg').waitFor({ timeout: 30_000 });
    },
  ],
  ...(['heatmap', 'distribution', 'quadrant', 'pipeline'] as const).map(
    (v): [string, string, () => Promise<void>] => [
      `compare/${v}`,
      `?view=${v}#compare`,
      async () => {
        await rendered(v);
        await openTable(v);
      },
    ],
  ),
  [
    'trends',
    '?member=Colombia&member=Kenya#trends',
    async () => {
      await rendered('trends');
      await openTable('trends');
    },
  ],
  [
    'explore',
    '#explore',
    async () => {
      await page.getByTestId('explore-table').locator('tbody tr').first().waitFor();
      await settled();
    },
  ],
  [
    'plans',
    '#plans',
    async () => {
      await page.getByTestId('plans-table').locator('tbody tr').first().waitFor();
      await settled();
    },
  ],
  [
    'sql',
    '#sql',
    async () => {
      await page
        .getByTestId('sql-text')
        .fill('SELECT era, count(*) AS n FROM commitments GROUP BY era');
      await page.getByTestId('sql-run').click();
      await page.getByTestId('sql-table').waitFor({ timeout: 60_000 });
      await settled();
    },
  ],
  [
    'data',
    '#data',
    async () => {
      await page.getByTestId('row-accounting').waitFor({ timeout: 60_000 });
      await settled();
    },
  ],
  [
    'methodology',
    '#methodology',
    async () => {
      await page.getByTestId('rules-table').waitFor({ timeout: 60_000 });
      await settled();
    },
  ],
  [
    'commitment',
    '#commitment/CO0001',
    async () => {
      await page.locator('#commitment-title', { hasText: 'CO0001' }).waitFor({ timeout: 60_000 });
      await page.getByTestId('ratings-table').waitFor();
      await settled();
    },
  ],
  [
    'member',
    '#member/COL',
    async () => {
      await page.getByTestId('cycle-table').waitFor({ timeout: 60_000 });
      await page.getByTestId('pipeline').locator('svg').waitFor({ timeout: 30_000 });
      await settled();
    },
  ],
];

describe('axe-core on every view', () => {
  it.each(VIEWS)('%s: no serious or critical finding', async (name, link, ready) => {
    await page.goto(`${server.url}/${link}`);
    await ready();
    const violations = await runAxe();
    findings[name] = violations.map(
      (v) => `${v.id} (${v.impact}, ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')})`,
    );
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const report = bad.map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help}\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)}  ${n.html}`).join('\n'),
    );
    expect(report, `${name}:\n${report.join('\n')}`).toEqual([]);
  });
});
