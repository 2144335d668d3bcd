/**
 * Compare and Trends in real Chromium against `vite preview` of the production build: a permalink
 * reproduces the view and its numbers equal summarize() on the same file and as-of date; a click
 * cross-filters (chip + URL) and Back undoes it; PNG, SVG and CSV exports download; every view
 * renders — with no console error and no request to another origin.
 */
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFromPaths } from '../../cli/load-file';
import { createNodeConnector } from '../../src/db/node-connector';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { summarize, type SummaryGroup } from '../../src/queries';
import { SHOTS, openBrowserSession, root, type BrowserSession, chartRendered } from './harness';

const SIM = root('data/simulated/ogp-export-simulated.csv');
const manifest = JSON.parse(readFileSync(root('data/simulated/manifest.json'), 'utf8')) as {
  asOf?: string;
};
// The app's as-of for the built-in dataset: its manifest's, else today (dataset-request.ts).
const AS_OF = manifest.asOf ?? new Date().toISOString().slice(0, 10);
const FILTERS = { members: ['Colombia', 'Kenya'], kinds: ['national'] };
const PERMALINK =
  '?kind=national&member=Colombia&member=Kenya&metric=high_completion&sort=name#compare';

let s: BrowserSession;
let page: Page;
let byCycle: SummaryGroup[];
let byEra: SummaryGroup[];
let byEraAll: SummaryGroup[];

beforeAll(async () => {
  const conn = await createNodeConnector();
  await loadFromPaths(conn, SIM, { asOf: AS_OF });
  byCycle = await summarize(conn, {
    by: ['member', 'cycle'],
    switches: DEFAULT_SWITCHES,
    filters: FILTERS,
  });
  byEra = await summarize(conn, {
    by: ['member', 'era'],
    switches: DEFAULT_SWITCHES,
    filters: FILTERS,
  });
  byEraAll = await summarize(conn, {
    by: ['member', 'era'],
    switches: { ...DEFAULT_SWITCHES, denominator: 'all' },
    filters: FILTERS,
  });
  await conn.close();
  s = await openBrowserSession();
  page = s.page;
});

afterAll(async () => {
  await s?.close();
});

const rendered = (testId: string) => chartRendered(page, testId);
/** The heatmap's empty rows and columns (reference rows | members, years | each era) start so. */
const GAP = '__gap__';

/** Downloads a chart's export and returns the saved file's path and suggested name. */
async function exportFile(chart: string, kind: 'png' | 'svg' | 'csv') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`${chart}-export-${kind}`).click(),
  ]);
  return { path: await download.path(), name: download.suggestedFilename() };
}

async function shot(name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** data-key → [yes, n] from the chart's "show as table" alternative (opened if closed). */
async function tableFigures(chart: string): Promise<Record<string, [number, number]>> {
  const details = page.getByTestId(chart).locator('details.as-table');
  if ((await details.getAttribute('open')) === null)
    await page.getByTestId(`${chart}-show-table`).click();
  const table = page.getByTestId(`${chart}-table`);
  await table.waitFor();
  return table
    .locator('[data-key]')
    .evaluateAll((spans) =>
      Object.fromEntries(
        spans.map((s) => [
          s.getAttribute('data-key'),
          [Number(s.getAttribute('data-yes')), Number(s.getAttribute('data-n'))],
        ]),
      ),
    );
}

describe('Compare and Trends in Chromium', () => {
  it('a permalink reproduces the view, and its cells equal summarize() on the same file', async () => {
    await page.goto(s.server.url + '/' + PERMALINK);
    await rendered('heatmap');
    expect(await page.getByTestId('metric-select').inputValue()).toBe('high_completion');
    expect(await page.getByTestId('filter-chips').textContent()).toContain('Member: Kenya');
    const figures = await tableFigures('heatmap');
    for (const g of byCycle) {
      const year = g.key.cycle?.slice(0, 4);
      const m = g.metrics.high_completion;
      expect(figures[`member:${g.key.member}|${year}`], `${g.key.member} ${g.key.cycle}`).toEqual([
        m.yes,
        m.n,
      ]);
    }
    for (const g of byEra) {
      const m = g.metrics.high_completion;
      expect(
        figures[`member:${g.key.member}|${g.key.era}`],
        `${g.key.member} ${g.key.era}`,
      ).toEqual([m.yes, m.n]);
    }
    expect(byCycle.length).toBeGreaterThan(4);
    const label = await page.getByTestId('heatmap').locator('figure').getAttribute('aria-label');
    expect(label).toContain('High completion: members × plan cycles');
    await shot('compare-heatmap');
  });

  it('a broken or outdated link falls back to defaults with a visible notice', async () => {
    await page.goto(`${s.server.url}/?metric=stars_v0&sort=sideways&member=Colombia#compare`);
    await rendered('heatmap');
    const notice = page.getByTestId('params-notice');
    expect(await notice.textContent()).toContain('metric "stars_v0"');
    expect(await page.getByTestId('metric-select').inputValue()).toBe('verifiable');
  });

  it('clicking a member filters every view: chip and URL change, Back restores the view', async () => {
    await page.goto(`${s.server.url}/?region=Europe#compare`);
    const card = await rendered('heatmap');
    const before = page.url();
    // The chart is a canvas: find a member's cell from the geometry the card publishes. The table
    // lists members first: take the first member's first cell.
    const attr = async (name: string) => (await card.getAttribute(`data-${name}`)) ?? '';
    const rows = JSON.parse(await attr('row-keys')) as string[];
    const cols = JSON.parse(await attr('col-keys')) as string[];
    const top = Number(await attr('grid-top'));
    const left = Number(await attr('grid-left'));
    const rowHeight = Number(await attr('row-height'));
    const cellKey = Object.keys(await tableFigures('heatmap'))[0] ?? '';
    await page.getByTestId('heatmap-show-table').click(); // close the table again
    const [rowKey = '', colKey = ''] = cellKey.split('|');
    const member = rowKey.replace(/^member:/, '');
    const row = rows.indexOf(rowKey);
    const col = cols.indexOf(colKey);
    expect([rowKey.startsWith('member:'), row > 0, col >= 0]).toEqual([true, true, true]);
    // Bring the cell into the viewport (opening the table scrolled the page), then click it.
    const cellY = top + (row + 0.5) * rowHeight;
    await card.locator('figure').evaluate((f, y) => {
      window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY + y - 300);
    }, cellY);
    const figure = await card.locator('figure').boundingBox();
    if (!figure) throw new Error('no chart');
    const right = Number(await attr('grid-right'));
    const colWidth = (figure.width - left - right) / cols.length;
    const members = () => new URL(page.url()).searchParams.getAll('member');
    // Under load a click can land while the chart is still settling: click again if nothing
    // happened (never when the URL already changed).
    for (let attempt = 0; attempt < 3 && members().length === 0; attempt++) {
      await page.mouse.click(figure.x + left + (col + 0.5) * colWidth, figure.y + cellY);
      await expect
        .poll(members, { timeout: 5_000 })
        .toHaveLength(1)
        .catch(() => undefined);
    }
    expect(members()).toEqual([member]);
    await page.locator(`[data-chip="members:${member}"]`).waitFor();
    await rendered('heatmap');
    const shown = Object.keys(await tableFigures('heatmap')).filter((k) => k.startsWith('member:'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((k) => k.startsWith(`member:${member}|`))).toBe(true);
    await page.getByTestId('subview-distribution').click();
    await rendered('distribution');
    const bars = Object.keys(await tableFigures('distribution'));
    expect(
      bars.filter((k) => k.startsWith('member|')).every((k) => k.startsWith(`member|${member}|`)),
    ).toBe(true);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(before);
    await rendered('heatmap');
    expect(await page.locator(`[data-chip="members:${member}"]`).count()).toBe(0);
    expect(await page.locator('[data-chip="regions:Europe"]').count()).toBe(1);
  }, 180_000);

  it("draws the cells' labels centred in their cells, and again at a new width", async () => {
    await page.goto(`${s.server.url}/?region=Europe#compare`);
    const card = await rendered('heatmap');
    const attr = async (name: string) => (await card.getAttribute(`data-${name}`)) ?? '';
    const rows = JSON.parse(await attr('row-keys')) as string[];
    const cols = JSON.parse(await attr('col-keys')) as string[];
    const [top, left, right, rowHeight] = [
      Number(await attr('grid-top')),
      Number(await attr('grid-left')),
      Number(await attr('grid-right')),
      Number(await attr('row-height')),
    ];
    const cells = Object.keys(await tableFigures('heatmap')).map((k) => k.split('|'));
    await page.getByTestId('heatmap-show-table').click(); // close the table again
    expect(cells.length).toBeGreaterThan(20);
    // The table lists the members' cells with commitments; the other cells of the grid (the
    // reference rows, cells of n=0) may hold ink too, but its gaps and margins may not.
    const grid = rows.flatMap((r) =>
      r.startsWith(GAP) ? [] : cols.filter((c) => !c.startsWith(GAP)).map((c) => [r, c]),
    );
    /** Per listed cell: the overlay's opaque pixels inside it; and those outside every cell. */
    const inkAt = async () => {
      const width = await card.locator('figure').evaluate((f) => f.clientWidth);
      const band = (width - left - right) / cols.length;
      // Listed cells exactly; the grid's cells 3 px wider, for the glyphs of a label as wide as
      // its cell (n=3,049), which ECharts let spill too.
      const rect = ([r = '', c = '']: string[], spill: number) => [
        left + cols.indexOf(c) * band - spill,
        top + rows.indexOf(r) * rowHeight,
        band + 2 * spill,
        rowHeight,
      ];
      const rects = [...cells.map((c) => rect(c, 0)), ...grid.map((c) => rect(c, 3))];
      const count = `(rects) => {
        const c = document.querySelector('[data-testid="heatmap-labels"]');
        const dpr = window.devicePixelRatio;
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height);
        const inside = rects.map(() => 0);
        const sumX = rects.map(() => 0);
        let outside = 0;
        for (let y = 0; y < c.height; y++)
          for (let x = 0; x < c.width; x++) {
            if (px.data[(y * c.width + x) * 4 + 3] === 0) continue;
            const i = rects.findIndex(([l, t, w, h]) =>
              x / dpr >= l && x / dpr < l + w && y / dpr >= t && y / dpr < t + h);
            if (i < 0) outside++;
            else {
              inside[i]++;
              sumX[i] += (x + 0.5) / dpr;
            }
          }
        const offCentre = rects.map(([l, , w], i) => inside[i] ? sumX[i] / inside[i] - (l + w / 2) : 0);
        return { inside, offCentre, outside, width: c.width / dpr };
      }`;
      const ink = (await page.evaluate(`(${count})(${JSON.stringify(rects)})`)) as {
        inside: number[];
        offCentre: number[];
        outside: number;
        width: number;
      };
      const listed = cells.length;
      return {
        ...ink,
        inside: ink.inside.slice(0, listed),
        // Glyphs are not symmetric ('%' is heavier on the right): up to ≈ 2 px is the text.
        offCentre: ink.offCentre.slice(0, listed).filter((d) => Math.abs(d) > 3),
        figure: width,
      };
    };
    const wide = await inkAt();
    expect(wide.width).toBe(wide.figure);
    expect(wide.outside).toBe(0);
    expect(wide.inside.filter((n) => n < 10)).toEqual([]);
    expect(wide.offCentre).toEqual([]);
    await page.setViewportSize({ width: 860, height: 900 });
    try {
      await expect.poll(async () => (await inkAt()).width).toBeLessThan(wide.width);
      const narrow = await inkAt();
      expect(narrow.width).toBe(narrow.figure);
      await shot('compare-heatmap-narrow');
      // Narrower columns: a wide label (n=1,327) may spill into the gap, as ECharts' own did.
      expect(narrow.inside.filter((n) => n < 10)).toEqual([]);
      expect(narrow.offCentre).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  }, 120_000);

  it('exports PNG, SVG and CSV of the chart as non-empty downloads', async () => {
    await page.goto(s.server.url + '/' + PERMALINK);
    await rendered('heatmap');
    const files: Record<string, string> = {};
    for (const kind of ['png', 'svg', 'csv'] as const) {
      const { path, name } = await exportFile('heatmap', kind);
      expect(statSync(path).size, kind).toBeGreaterThan(200);
      expect(name).toMatch(new RegExp(`^irm-atlas-high-completion.*\\.${kind}$`));
      files[kind] = path;
    }
    expect(readFileSync(files.png!).subarray(1, 4).toString()).toBe('PNG');
    copyFileSync(files.png!, `${SHOTS}/compare-heatmap-export.png`);
    const svg = readFileSync(files.svg!, 'utf8');
    expect(svg).toContain('SIMULATED DATA');
    expect(svg).toContain('Member: Colombia, Kenya');
    expect(svg).toContain('denominator: rated commitments only');
    // The screen draws the cells' labels over the chart; the exports keep ECharts' own.
    expect(svg).toMatch(/>n=\d+<\/text>/);
    const csv = readFileSync(files.csv!, 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'Row,Region,Column,Cycle,yes,n,share,ci95_low,ci95_high,small_n,dataset,simulated_data,rules,filters',
    );
    expect(
      csv.slice(1).some((l) => l.startsWith('Colombia,') && l.includes(',yes,"Rules: denominator')),
    ).toBe(true);
  });

  it('the methodology switches change the figures and are named on the chart', async () => {
    await page.goto(`${s.server.url}/?denominator=all&${PERMALINK.slice(1)}`);
    await rendered('heatmap');
    const svg = readFileSync((await exportFile('heatmap', 'svg')).path, 'utf8');
    expect(svg).toContain('denominator: all commitments (OGP'); // the apostrophe is escaped in SVG
    const figures = await tableFigures('heatmap');
    for (const g of byEraAll) {
      const m = g.metrics.high_completion;
      expect(figures[`member:${g.key.member}|${g.key.era}`]).toEqual([m.yes, m.n]);
    }
  });

  it('draws every sub-view and Trends (screenshots in test-results/)', async () => {
    const views = [
      ['distribution', '?view=distribution&field=design&region=Americas#compare'],
      ['quadrant', '?view=quadrant#compare'],
      ['pipeline', '?view=pipeline&region=Europe#compare'],
      ['trends', '?member=Colombia&member=France&member=Kenya#trends'],
    ] as const;
    for (const [id, link] of views) {
      await page.goto(s.server.url + '/' + link);
      const card = await rendered(id);
      expect(await card.getAttribute('data-rendered')).not.toBeNull();
      expect(Object.keys(await tableFigures(id)).length).toBeGreaterThan(0);
      expect(await card.locator('figure[role="img"]').getAttribute('aria-label')).toBeTruthy();
      if (id === 'distribution') {
        // The segments' shares are drawn over the bars (LabelLayer), across the figure's width.
        const layer = await card.getByTestId('distribution-labels').evaluate((c) => {
          const canvas = c as HTMLCanvasElement;
          const px = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
          let opaque = 0;
          for (let i = 3; i < (px?.data.length ?? 0); i += 4) if (px?.data[i]) opaque++;
          const figure = canvas.parentElement?.clientWidth;
          return { opaque, width: canvas.width / devicePixelRatio, figure };
        });
        expect(layer.width).toBe(layer.figure);
        expect(layer.opaque).toBeGreaterThan(1000);
      }
      await shot(`compare-${id}`);
    }
    await page.getByTestId('eras-pooled').click();
    await expect.poll(() => page.url()).toContain('eras=pooled');
    await rendered('trends');
    const svg = readFileSync((await exportFile('trends', 'svg')).path, 'utf8');
    expect(svg).toContain('Eras pooled');
    expect(svg).toContain('Member: Colombia, France, Kenya');
  });

  it('made no request to another origin, had no CSP violation, logged no console error', async () => {
    expect(await s.cspViolations()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
