/**
 * Accessibility in real Chromium against `vite preview` of the production build (issue 5, part 4):
 * axe-core on every view with zero serious or critical findings; the header and Compare usable by
 * keyboard with a visible focus indicator; every chart named, with a "show as table" alternative
 * holding the same numbers; the decal (pattern) option kept in the URL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, root, type BrowserSession, chartRendered } from './harness';

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

let s: BrowserSession;
let page: Page;
/** Every finding of every impact, per view: printed at the end (the report's before/after). */
const findings: Record<string, string[]> = {};

// The page keeps its Content-Security-Policy (the harness does not bypass it): the audit sees the
// app exactly as served. axe is injected with page.evaluate (a DevTools evaluation, which
// script-src does not govern) instead of page.addScriptTag, whose inline <script> that policy
// rightly blocks; bypassCSP would have weakened the very page under test. The last test checks
// that the page reported no CSP violation meanwhile.
beforeAll(async () => {
  s = await openBrowserSession();
  page = s.page;
});

afterAll(async () => {
  const lines = Object.entries(findings).map(([v, f]) => `  ${v}: ${f.join(', ') || 'none'}`);
  console.log(`axe findings (all impacts):\n${lines.join('\n')}`);
  await s?.close();
});

/** No request in flight and nothing marked busy. */
async function settled() {
  await expect.poll(() => page.locator('[aria-busy="true"]').count(), { timeout: 60_000 }).toBe(0);
}

const rendered = (testId: string) => chartRendered(page, testId);

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
    'compare/heatmap in French, decal on, a filter menu and the table open',
    '?lang=fr&decal=1&region=Europe#compare',
    async () => {
      await rendered('heatmap');
      await openTable('heatmap');
      await page.locator('.multi-select > summary').first().click();
      await page.locator('.multi-select[open]').waitFor();
    },
  ],
  [
    'explore',
    '#explore',
    async () => {
      await page.getByTestId('explore-table').locator('tbody tr').first().waitFor();
      await settled();
      await page.locator('.column-chooser > summary').click();
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
    'import (a pasted page previewed)',
    '#import',
    async () => {
      await expect
        .poll(() => page.getByTestId('active-dataset').textContent(), { timeout: 60_000 })
        .toMatch(/simulated/i);
      await page
        .getByTestId('import-text')
        .fill(readFileSync(root('test/fixtures/pages/en-commitment.txt'), 'utf8'));
      await page.getByTestId('import-read').click();
      await page.getByTestId('page-preview').waitFor({ timeout: 20_000 });
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
    await page.goto(`${s.server.url}/${link}`);
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

/** The focused element, and whether it shows a focus indicator (outline or box-shadow). */
async function focused() {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      testId: el.getAttribute('data-testid') ?? '',
      pick: el.getAttribute('data-pick'),
      text: (el.textContent ?? '').trim().slice(0, 40),
      visible:
        (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none',
    };
  });
}

/** Tabs until `until` matches the focused element (at most `max` presses); every stop checked. */
async function tabUntil(
  until: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  max = 150,
) {
  const seen: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (!f) continue;
    seen.push(f);
    if (until(f)) return seen;
  }
  throw new Error(`not reached in ${max} Tabs: ${seen.map((f) => f.testId || f.text).join(' | ')}`);
}

describe('keyboard', () => {
  it('a skip link, then the header and Compare by Tab, each stop with a visible focus', async () => {
    await page.goto(`${s.server.url}/?region=Europe#compare`);
    await page.reload(); // a fresh document: Tab starts at the top
    await rendered('heatmap');
    const stops = await tabUntil((f) => f.testId === 'heatmap-show-table');
    expect(stops[0]?.testId).toBe('skip-link');
    const ids = stops.map((f) => f.testId);
    for (const id of [
      'skip-link',
      'language-select',
      'decal-toggle',
      'tab-overview',
      'tab-compare',
      'tab-methodology',
      'metric-select',
      'subview-heatmap',
      'subview-distribution',
      'subview-quadrant',
      'subview-pipeline',
      'heatmap-export-png',
      'heatmap-export-svg',
      'heatmap-export-csv',
      'heatmap-show-table',
    ])
      expect(ids, id).toContain(id);
    const invisible = stops.filter((f) => !f.visible).map((f) => f.testId || `${f.tag} ${f.text}`);
    expect(invisible).toEqual([]);
    expect(await page.getByTestId('tab-compare').getAttribute('aria-current')).toBe('page');
    // The skip link shows when focused and moves focus to <main>, leaving the route alone.
    await page.getByTestId('skip-link').focus();
    const box = await page.getByTestId('skip-link').boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe('#compare');
  });

  it('opens the table with Enter and cross-filters by Enter on a member row', async () => {
    await page.goto(`${s.server.url}/?region=Europe#compare`);
    await rendered('heatmap');
    await page.getByTestId('heatmap-show-table').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('heatmap-table').waitFor();
    const stops = await tabUntil((f) => f.pick !== null);
    expect(stops.every((f) => f.visible)).toBe(true);
    const member = stops.at(-1)?.pick ?? '';
    expect(member).not.toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Filter by ${member}`,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('member')).toEqual([member]);
    await page.locator(`[data-chip="members:${member}"]`).waitFor();
    await rendered('heatmap');
  });

  it('the other tables filter by Enter too: distribution and trends', async () => {
    for (const [view, link] of [
      ['distribution', '?view=distribution#compare'],
      ['trends', '?member=Colombia#trends'],
    ] as const) {
      await page.goto(`${s.server.url}/${link}`);
      await rendered(view);
      await openTable(view);
      const button = page.getByTestId(`${view}-table`).locator('button[data-pick]').first();
      const name = (await button.getAttribute('data-pick')) ?? '';
      expect(name, view).not.toBe('');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => {
          const q = new URL(page.url()).searchParams;
          return [...q.getAll('member'), ...q.getAll('region')];
        })
        .toContain(name);
      await rendered(view);
    }
  });

  it('switches a sub-view with Space, and the decal patterns with Space, kept in the URL', async () => {
    await page.goto(`${s.server.url}/#compare`);
    await rendered('heatmap');
    await page.getByTestId('subview-distribution').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('view=distribution');
    await rendered('distribution');
    await page.getByTestId('decal-toggle').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('decal')).toBe('1');
    expect(await page.getByTestId('decal-toggle').isChecked()).toBe(true);
    await page.reload();
    await rendered('distribution');
    expect(await page.getByTestId('decal-toggle').isChecked()).toBe(true);
    await page.getByTestId('decal-toggle').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('decal')).toBeNull();
  });
});

describe('charts: names and tables with the same numbers', () => {
  it('overview: each bar label equals the table row', async () => {
    await page.goto(`${s.server.url}/#overview`);
    await page.getByTestId('metric-table').locator('tbody tr').first().waitFor({ timeout: 60_000 });
    const chart = page.getByTestId('overview-chart');
    await chart.locator('svg').waitFor();
    const name = (await chart.getAttribute('aria-label')) ?? '';
    expect(chart).toBeDefined();
    expect(await chart.getAttribute('role')).toBe('img');
    expect(name).toMatch(/^Share of commitments meeting each metric in .+, all members, no filter/);
    const labels = await chart.locator('svg text').allTextContents();
    const rows = await page
      .getByTestId('metric-table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(rows.length).toBe(7);
    for (const [, share = '', , n = ''] of rows) {
      const pct = share.replace(' (small n)', '');
      const label = pct === '—' ? `no rated commitments (n=${n})` : `${pct} (n=${n})`;
      expect(
        labels.some((l) => l.startsWith(label)),
        label,
      ).toBe(true);
    }
  });

  it('Compare: the chart name says the filter and n', async () => {
    await page.goto(`${s.server.url}/?member=Colombia&member=Kenya#compare`);
    const card = await rendered('heatmap');
    const name = (await card.locator('figure[role="img"]').getAttribute('aria-label')) ?? '';
    expect(name).toContain('members × plan cycles');
    expect(name).toContain('Filters: Member: Colombia, Kenya');
    expect(name).toMatch(/\d+ figures, n from \d+ to \d+\./);
  });

  it('member briefing: named charts, and a table with the pipeline numbers', async () => {
    await page.goto(`${s.server.url}/#member/COL`);
    await page.getByTestId('cycle-table').waitFor({ timeout: 60_000 });
    const pipeline = page.getByTestId('pipeline');
    await pipeline.locator('svg').waitFor({ timeout: 30_000 });
    expect(await pipeline.locator('figure[role="img"]').getAttribute('aria-label')).toMatch(
      /^Pipeline for Colombia, of [\d,]+ commitments/,
    );
    const names = await page
      .locator('.small-multiples figure[role="img"]')
      .evaluateAll((fs) => fs.map((f) => f.getAttribute('aria-label') ?? ''));
    expect(names).toHaveLength(3);
    for (const n of names) expect(n).toMatch(/ by cycle for Colombia: .*n from \d+ to \d+/);
    await page.getByTestId('briefing-show-table').click();
    const counts = await page
      .getByTestId('briefing-charts-table')
      .locator('tr[data-count]')
      .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-count'))));
    expect(counts).toHaveLength(4);
    const labels = await pipeline.locator('svg text').allTextContents();
    for (const c of counts)
      expect(
        labels.some((l) => l.startsWith(`${c.toLocaleString('en-US')} (`)),
        `pipeline bar ${c}`,
      ).toBe(true);
  });

  it('no CSP violation, no request to another origin, no console error', async () => {
    expect(await s.cspViolations()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
