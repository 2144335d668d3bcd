/** The Compare and Trends option builders as pure functions (no rendering). */
import { describe, expect, it } from 'vitest';
import { chartFrame, rulesLine, shareColour, type ChartFrame } from '../../src/charts/chart-frame';
import {
  distributionOption,
  type DistBar,
  type DistLevel,
} from '../../src/charts/distribution.option';
import {
  heatmapItems,
  heatmapLayout,
  heatmapOption,
  heatmapTooltip,
  type HeatItem,
  type HeatmapInput,
  type HeatRow,
} from '../../src/charts/heatmap.option';
import { labelFont, textWidth } from '../../src/charts/text-width';
import { pipelineOption } from '../../src/charts/pipeline.option';
import { QUADRANT_LABELS, quadrantOption, type QuadPoint } from '../../src/charts/quadrant.option';
import { trendsOption } from '../../src/charts/trends.option';
import { DEFAULT_SWITCHES, metricValue } from '../../src/metrics';

const frame: ChartFrame = chartFrame({
  title: 'T',
  datasetName: 'Simulated OGP commitments',
  simulated: true,
  switches: DEFAULT_SWITCHES,
  rules: { ambition: true, stars: false },
});
const v = metricValue;
type Series = {
  type: string;
  name?: string;
  data: unknown[];
  markLine?: unknown;
  markArea?: unknown;
};
const seriesOf = (o: { series?: unknown }) => (o.series ?? []) as Series[];
const member = (name: string, cells: HeatRow['cells']): HeatRow => ({
  key: `member:${name}`,
  label: name,
  kind: 'member',
  member: name,
  region: 'Europe',
  cells,
});
const heat = (rows: HeatRow[]): HeatmapInput => ({
  frame,
  metricLabel: 'Verifiable',
  rows,
  columns: [
    { key: '2016', label: '2016', kind: 'year' },
    { key: 'all', label: 'All cycles', kind: 'summary' },
  ],
  smallN: 5,
});

describe('chart frame', () => {
  it('names the dataset, simulated data and the rules in force', () => {
    expect(frame.lines[0]).toBe('Simulated OGP commitments — SIMULATED DATA, not real IRM results');
    expect(frame.lines.join(' ')).toContain('denominator: rated commitments only');
    expect(frame.lines.join(' ')).toContain(
      'high ambition: pre-2020 Moderate or Transformative, refresh Substantial',
    );
    const s = { ...DEFAULT_SWITCHES, denominator: 'all' as const, starRule: '2015' as const };
    expect(rulesLine(s, { ambition: false, stars: true })).toBe(
      "Rules: denominator: all commitments (OGP's convention); stars: the 2015-only rule",
    );
    expect(rulesLine(s, null)).toMatch(/no harmonisation switch applies/);
  });

  it('colours shares on one sequential scale', () => {
    expect(shareColour(0)).toBe('#eff6ff');
    expect(shareColour(1)).toBe('#1e3a8a');
    expect(shareColour(2)).toBe('#1e3a8a');
  });
});

const tip = (item: HeatItem | undefined, input: HeatmapInput) =>
  item ? heatmapTooltip(item, input) : [];

describe('heatmapOption', () => {
  it('empty input: no cells, still a frame', () => {
    const o = heatmapOption(heat([]));
    expect(seriesOf(o)[0]?.data).toEqual([]);
    expect((o.title as { text: string }).text).toBe('T');
  });

  it('one member: every cell shows share and n, the tooltip the interval and references', () => {
    const rows = [
      member('Colombia', {
        '2016': {
          value: v(7, 10),
          cycle: '2016-2018',
          references: [
            { label: 'Europe', value: v(4, 8) },
            { label: 'All members', value: undefined },
          ],
        },
      }),
    ];
    const items = heatmapItems(heat(rows));
    expect(items).toHaveLength(1);
    expect(items[0]?.label).toBe('70%\nn=10');
    expect(tip(items[0], heat(rows))).toEqual([
      'Colombia — cycle 2016-2018',
      'Verifiable: 70% (n=10), 7 of 10',
      '95% interval (Wilson): 40–89%',
      'Europe: 50% (n=8)',
      'All members: no commitments',
    ]);
    const [dark, light] = seriesOf(heatmapOption(heat(rows))) as (Series & {
      label: { formatter: (p: { dataIndex: number }) => string; color: string };
      itemStyle: { color: (p: { dataIndex: number }) => string };
    })[];
    // 70% sits on a dark blue: the light-text series.
    expect(dark?.data).toEqual([]);
    expect(light?.data).toEqual([[0, 0, 70]]);
    expect(light?.label.formatter({ dataIndex: 0 })).toBe('70%\nn=10');
    expect(light?.label.color).toBe('#ffffff');
    expect(light?.itemStyle.color({ dataIndex: 0 })).toBe(shareColour(0.7));
  });

  it('n < 5: muted, dashed and flagged', () => {
    const items = heatmapItems(heat([member('A', { '2016': { value: v(3, 4) } })]));
    expect(items[0]?.small).toBe(true);
    expect(items[0]?.label).toBe('75%*\nn=4');
    expect(tip(items[0], heat([])).join(' ')).toContain('small n');
    const series = seriesOf(
      heatmapOption(heat([member('A', { '2016': { value: v(3, 4) } })])),
    ) as (Series & {
      itemStyle: { color: (p: { dataIndex: number }) => string; borderType: string };
    })[];
    expect(series.map((x) => x.data.length)).toEqual([0, 0, 0, 1]);
    const small = series[3];
    expect(small?.data).toEqual([[0, 0, 75]]);
    expect(small?.name).toBe('Verifiable (small n)');
    expect(small?.itemStyle.borderType).toBe('dashed');
    expect(small?.itemStyle.color({ dataIndex: 0 })).toBe('#f3f4f6');
  });

  it('all pending: n = 0 cells say so, with no interval', () => {
    const items = heatmapItems(
      heat([member('A', { '2016': { value: v(0, 0) }, all: { value: v(0, 0) } })]),
    );
    expect(items.map((i) => i.label)).toEqual(['–\nn=0', '–\nn=0']);
    expect(tip(items[0], heat([]))).toContain('no interval: nothing rated');
  });

  it('reference rows come first, separated from members by a gap row', () => {
    const ref: HeatRow = {
      key: 'ref:',
      label: 'All members',
      kind: 'global',
      member: null,
      region: null,
      cells: {},
    };
    const o = heatmapOption(heat([ref, member('A', {})]));
    expect((o.yAxis as { data: string[] }).data).toEqual(['ref:', '__gap__', 'member:A']);
  });

  it('the grid is exactly the published layout, and a label too wide for its column is shortened', () => {
    const input = heat([member('Short', {}), member('W'.repeat(40), {})]);
    const o = heatmapOption(input);
    const layout = heatmapLayout(input);
    expect(o.grid).toMatchObject({ top: layout.top, left: layout.left, outerBoundsMode: 'none' });
    const y = o.yAxis as { axisLabel: { formatter: (k: string) => string } };
    expect(y.axisLabel.formatter('member:Short')).toBe('Short');
    const wide = y.axisLabel.formatter(`member:${'W'.repeat(40)}`);
    expect(wide).toMatch(/^W+…$/);
    expect(textWidth(wide, labelFont(11))).toBeLessThanOrEqual(230);
    expect(textWidth(wide, labelFont(11))).toBeGreaterThan(150);
  });
});

const levels: DistLevel[] = [
  { key: 'completion:limited', label: 'Limited', colour: '#93c5fd' },
  { key: 'completion:complete', label: 'Complete', colour: '#1e40af' },
  { key: 'state:pending_irm', label: 'Pending IRM review', colour: '#a3a3a3' },
];
const bar = (label: string, counts: Record<string, number>): DistBar => ({
  key: label,
  label,
  kind: 'member',
  member: label,
  region: 'Europe',
  counts,
});

describe('distributionOption', () => {
  it('empty input: one series per level, no bars', () => {
    const o = distributionOption({ frame, levels, bars: [] });
    expect(seriesOf(o).map((s) => s.data)).toEqual([[], [], []]);
  });

  it('one member: segments add to 100% and the label carries n', () => {
    const o = distributionOption({
      frame,
      levels,
      bars: [
        bar('A', { 'completion:limited': 1, 'completion:complete': 2, 'state:pending_irm': 1 }),
      ],
    });
    expect(seriesOf(o).map((s) => s.data[0])).toEqual([25, 50, 25]);
    expect((o.yAxis as { data: string[] }).data).toEqual(['A (n=4)']);
  });

  it('an empty segment is no value (nothing drawn), the others still add to 100%', () => {
    const o = distributionOption({
      frame,
      levels,
      bars: [bar('A', { 'completion:complete': 3, 'state:pending_irm': 1 })],
    });
    expect(seriesOf(o).map((s) => s.data[0])).toEqual([null, 75, 25]);
  });

  it('the label column fits the widest label', () => {
    const left = (bars: DistBar[]) =>
      (
        distributionOption({ frame, levels, bars }).grid as {
          left: number;
          outerBoundsMode: string;
        }
      ).left;
    const short = left([bar('A', { 'completion:limited': 1 })]);
    const long = left([bar('A', { 'completion:limited': 1 }), bar('Abcdefghijklmnop', {})]);
    expect(long - short).toBe(
      Math.ceil(textWidth('Abcdefghijklmnop (n=0)', labelFont(11))) -
        Math.ceil(textWidth('A (n=1)', labelFont(11))),
    );
    expect(distributionOption({ frame, levels, bars: [] }).grid).toMatchObject({
      outerBoundsMode: 'none',
    });
  });

  it('all pending, with the states hidden: an empty bar of n = 0', () => {
    const o = distributionOption({
      frame,
      levels: levels.slice(0, 2),
      bars: [bar('A', { 'state:pending_irm': 3 })],
    });
    expect(seriesOf(o).map((s) => s.data[0])).toEqual([null, null]);
    expect((o.yAxis as { data: string[] }).data).toEqual(['A (n=0)']);
  });
});

const point = (
  key: string,
  design: [number, number],
  impl: [number, number],
  commitments = 10,
): QuadPoint => ({
  key,
  label: key,
  member: key,
  region: 'Europe',
  cycle: null,
  commitments,
  design: v(...design),
  implementation: v(...impl),
});

describe('quadrantOption', () => {
  const avg = { label: 'All members', design: v(5, 10), implementation: v(6, 10) };
  it('empty input: no points, no crosshairs', () => {
    const o = quadrantOption({
      frame,
      panels: [{ title: 'P', points: [], average: null, regions: [] }],
      smallN: 5,
    });
    expect(seriesOf(o).flatMap((s) => s.data)).toEqual([]);
    expect(seriesOf(o).every((s) => s.markLine === undefined)).toBe(true);
  });

  it('one member: bubble at its shares, averages as crosshairs, quadrants labelled', () => {
    const o = quadrantOption({
      frame,
      panels: [{ title: 'P', points: [point('A', [8, 10], [3, 10])], average: avg, regions: [] }],
      smallN: 5,
    });
    const [pts, refs] = seriesOf(o);
    expect((pts?.data[0] as { value: number[] }).value).toEqual([80, 30]);
    expect(refs?.markLine).toMatchObject({ data: [{ xAxis: 50 }, { yAxis: 60 }] });
    const labels = (refs?.markArea as { data: { name?: string }[][] }).data.map((a) => a[0]?.name);
    expect(labels).toEqual([
      QUADRANT_LABELS.topLeft,
      QUADRANT_LABELS.topRight,
      QUADRANT_LABELS.bottomLeft,
      QUADRANT_LABELS.bottomRight,
    ]);
  });

  it('n < 5 is flagged in the tooltip; all pending is not placed', () => {
    const o = quadrantOption({
      frame,
      panels: [
        {
          title: 'P',
          points: [point('A', [2, 3], [1, 2]), point('B', [2, 3], [0, 0])],
          average: avg,
          regions: [],
        },
      ],
      smallN: 5,
    });
    const data = seriesOf(o)[0]?.data as { name: string; tip: string }[];
    expect(data.map((d) => d.name)).toEqual(['A']);
    expect(data[0]?.tip).toContain('small n');
  });
});

describe('pipelineOption', () => {
  const panel = (steps: [number, number][]) => ({
    key: 'all',
    title: 'Both eras pooled',
    commitments: 10,
    steps: steps.map(([y, n]) => v(y, n)),
    reference: steps.map(() => v(1, 2)),
  });
  it('empty input: no panels, no series', () => {
    expect(seriesOf(pipelineOption({ frame, stepLabels: ['a'], panels: [], smallN: 5 }))).toEqual(
      [],
    );
  });

  it('counts at each step with the global reference mark', () => {
    const o = pipelineOption({
      frame,
      stepLabels: ['a', 'b'],
      panels: [
        panel([
          [8, 10],
          [3, 10],
        ]),
      ],
      smallN: 5,
    });
    const [bars, marks] = seriesOf(o);
    expect(
      (bars?.data as { label: { formatter: string } }[]).map((d) => d.label.formatter),
    ).toEqual(['8 of 10 (80%)', '3 of 10 (30%)']);
    expect(marks?.data).toEqual([
      [50, 0],
      [50, 1],
    ]);
  });

  it('n < 5 fades the bar; all pending says nothing rated', () => {
    const o = pipelineOption({
      frame,
      stepLabels: ['a', 'b'],
      panels: [
        panel([
          [1, 3],
          [0, 0],
        ]),
      ],
      smallN: 5,
    });
    const data = seriesOf(o)[0]?.data as {
      itemStyle: { opacity: number };
      label: { formatter: string };
    }[];
    expect(data.map((d) => d.itemStyle.opacity)).toEqual([0.45, 1]);
    expect(data[1]?.label.formatter).toBe('nothing rated (n=0)');
  });
});

describe('trendsOption', () => {
  const line = (points: [number, number, number][], kind: 'member' | 'global' = 'member') => ({
    key: kind,
    name: kind === 'member' ? 'Colombia' : 'All members',
    kind,
    colour: '#000000',
    segments: [points.map(([year, yes, n]) => ({ year, cycle: null, value: v(yes, n) }))],
  });
  it('empty input: no series', () => {
    expect(
      seriesOf(trendsOption({ frame, metricLabel: 'm', series: [], refreshYear: 2020, smallN: 5 })),
    ).toEqual([]);
  });

  it('one member: a line with its 95% band (lower + width, stacked)', () => {
    const o = trendsOption({
      frame,
      metricLabel: 'm',
      series: [
        line([
          [2015, 7, 10],
          [2018, 5, 10],
        ]),
      ],
      refreshYear: 2020,
      smallN: 5,
    });
    const [main, lower, width] = seriesOf(o);
    expect((main?.data as { value: number[] }[]).map((d) => d.value)).toEqual([
      [2015, 70],
      [2018, 50],
    ]);
    expect(lower?.data).toEqual([
      [2015, 39.7],
      [2018, 23.7],
    ]);
    expect((width?.data as number[][])[0]).toEqual([2015, 49.5]);
    expect(main?.markLine).toMatchObject({ data: [{ xAxis: 2019.5 }] });
  });

  it('n < 5 points are hollow; all-pending points are not drawn', () => {
    const o = trendsOption({
      frame,
      metricLabel: 'm',
      series: [
        line([
          [2015, 1, 3],
          [2025, 0, 0],
        ]),
      ],
      refreshYear: null,
      smallN: 5,
    });
    const main = seriesOf(o)[0];
    expect((main?.data as { symbol: string }[]).map((d) => d.symbol)).toEqual(['emptyCircle']);
    expect(o.xAxis).toMatchObject({ min: 2015, max: 2015 });
  });
});
