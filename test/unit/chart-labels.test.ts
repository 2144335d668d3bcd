/**
 * The labels the screen draws over a chart (LabelLayer.tsx) must sit exactly where ECharts draws
 * its own: ECharts renders the same option with its labels (as the exports do) into SVG, and
 * every label's lines are compared with cellLabels() (heatmap) and segmentLabels() (distribution).
 */
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { chartFrame } from '../../src/charts/chart-frame';
import {
  CELL_LABEL,
  COLUMN_LABEL_SIZE,
  cellLabels,
  heatmapHeight,
  heatmapItems,
  heatmapOption,
  type HeatmapInput,
  type HeatRow,
} from '../../src/charts/heatmap.option';
import { labelFont, textWidth } from '../../src/charts/text-width';
import { DEFAULT_SWITCHES, metricValue } from '../../src/metrics';

import type { ChartLabel } from '../../src/charts/chart-labels';
import {
  SEGMENT_LABEL,
  distributionHeight,
  distributionOption,
  segmentLabels,
  type DistributionInput,
} from '../../src/charts/distribution.option';

echarts.use([BarChart, HeatmapChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

const frame = chartFrame({
  title: 'Verifiable',
  datasetName: 'Simulated OGP commitments',
  simulated: true,
  switches: DEFAULT_SWITCHES,
  rules: { ambition: false, stars: false },
});
const row = (kind: HeatRow['kind'], name: string, cells: HeatRow['cells']): HeatRow => ({
  key: `${kind}:${name}`,
  label: name,
  kind,
  member: kind === 'member' ? name : null,
  region: 'Europe',
  cells,
});
const v = metricValue;
const input: HeatmapInput = {
  frame,
  metricLabel: 'Verifiable',
  smallN: 5,
  columns: [
    { key: '2014', label: '2014', kind: 'year' },
    { key: '2016', label: '2016', kind: 'year' },
    { key: '2018', label: '2018', kind: 'year' },
    { key: 'pre', label: 'pre-2020', kind: 'summary' },
  ],
  rows: [
    row('global', 'All members', { '2014': { value: v(30, 40) }, pre: { value: v(70, 90) } }),
    row('member', 'Albania', {
      '2014': { value: v(9, 10) },
      '2016': { value: v(1, 3) },
      pre: { value: v(10, 13) },
    }),
    row('member', 'Kenya', { '2016': { value: v(0, 0) }, '2018': { value: v(2, 8) } }),
  ],
};

/** Each <text> ECharts drew: its content, position and fill. */
function svgTexts(svg: string) {
  const out: { text: string; x: number; y: number; fill: string; size: number }[] = [];
  for (const m of svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = m[1] ?? '';
    const t = /transform="translate\(([-\d.e]+) ([-\d.e]+)\)"/.exec(attrs);
    const x = /\bx="([-\d.e]+)"/.exec(attrs);
    const y = /\by="([-\d.e]+)"/.exec(attrs);
    out.push({
      text: (m[2] ?? '').replace(/&amp;/g, '&'),
      x: Number(t?.[1] ?? 0) + Number(x?.[1] ?? 0),
      y: Number(t?.[2] ?? 0) + Number(y?.[1] ?? 0),
      fill: /fill="([^"]+)"/.exec(attrs)?.[1] ?? '',
      size: Number(/font-size:(\d+)px/.exec(attrs)?.[1] ?? NaN),
    });
  }
  return out;
}

/**
 * ECharts' development build insists on a visualMap for a heatmap; the app's cells carry their
 * own colours and run on the production build, which has no such check.
 */
function asProduction<T>(run: () => T): T {
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return run();
  } finally {
    process.env.NODE_ENV = env;
  }
}

function echartsTexts(option: echarts.EChartsCoreOption, width: number, height: number) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    asProduction(() => chart.setOption(option));
    return svgTexts(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** Our labels' lines, each found among ECharts' texts at the same place, colour and size. */
function expectDrawnByECharts(
  ours: ChartLabel[],
  drawn: ReturnType<typeof svgTexts>,
  font: { fontSize: number; lineHeight: number },
) {
  const lines = ours.flatMap((l) =>
    l.lines.map((text, i) => ({
      text,
      x: l.x,
      y: l.y + (i - (l.lines.length - 1) / 2) * font.lineHeight,
      fill: l.colour,
    })),
  );
  for (const o of lines) {
    const same = drawn.filter((d) => d.text === o.text && Math.abs(d.y - o.y) < 0.01);
    const match = same.find((d) => Math.abs(d.x - o.x) < 0.01);
    expect(match, `${o.text} at ${o.x},${o.y} among ${JSON.stringify(same)}`).toBeDefined();
    expect(match?.fill.toLowerCase()).toBe(o.fill.toLowerCase());
    expect(match?.size).toBe(font.fontSize);
  }
  return lines;
}

describe('cellLabels', () => {
  it.each([1054, 720])('puts every line where ECharts draws it, %i px wide', (width) => {
    const { tooltip: _tooltip, ...option } = heatmapOption(input);
    const drawn = echartsTexts(option, width, heatmapHeight(input));
    const lines = expectDrawnByECharts(cellLabels(input, width), drawn, CELL_LABEL);
    expect(lines.length).toBe(heatmapItems(input).length * 2);
    expect(lines.map((o) => o.text)).toEqual(
      expect.arrayContaining(['90%', 'n=10', '33%*', 'n=3', '–', 'n=0', '25%', 'n=8']),
    );
  });

  it('leaves the cells unlabelled in the on-screen option only', () => {
    const labelShown = (cellText?: boolean) =>
      (
        heatmapOption(input, undefined, cellText === undefined ? {} : { cellText }).series as {
          label: { show: boolean };
        }[]
      ).map((s) => s.label.show);
    expect(labelShown()).toEqual([true, true, true, true]);
    expect(labelShown(false)).toEqual([false, false, false, false]);
  });
});

const levels = ['Not started', 'Limited', 'Substantial', 'Complete', 'Pending IRM review'].map(
  (label, i) => ({
    key: `l${i}`,
    label,
    colour: ['#dbeafe', '#93c5fd', '#3b82f6', '#1e40af', '#a3a3a3'][i] ?? '#000000',
  }),
);
const bar = (kind: DistributionInput['bars'][number]['kind'], name: string, counts: number[]) => ({
  key: `${kind}|${name}`,
  label: name,
  kind,
  member: kind === 'member' ? name : null,
  region: 'Europe',
  counts: Object.fromEntries(counts.map((c, i) => [`l${i}`, c])),
});
const dist: DistributionInput = {
  frame,
  levels,
  bars: [
    bar('global', 'All members', [10, 20, 30, 40, 0]),
    // 16.7 × 4 + 33.3 = 100.1: the last segment runs past the axis and is clipped.
    bar('member', 'Albania', [1, 1, 1, 1, 2]),
    bar('member', 'Kenya', [0, 3, 0, 1, 0]),
    bar('member', 'Chile', [1, 0, 0, 30, 0]),
  ],
};

describe('segmentLabels', () => {
  it.each([1054, 720])('puts every label where ECharts draws it, %i px wide', (width) => {
    const { tooltip: _tooltip, ...option } = distributionOption(dist);
    const drawn = echartsTexts(option, width, distributionHeight(dist));
    const lines = expectDrawnByECharts(segmentLabels(dist, width), drawn, SEGMENT_LABEL);
    // 3 % (1 of 31) is too narrow for a label; so are empty segments.
    expect(lines.map((l) => l.text)).toEqual(
      // level by level: Not started, Limited, Substantial, Complete, Pending
      ['10%', '17%', '20%', '17%', '75%', '30%', '17%', '40%', '17%', '25%', '97%', '33%'],
    );
    expect(drawn.filter((d) => d.size === SEGMENT_LABEL.fontSize).length).toBe(lines.length);
  });

  it('leaves the segments unlabelled in the on-screen option only', () => {
    const shown = (o: object) =>
      (o as { series: { label: { show: boolean } }[] }).series.map((s) => s.label.show);
    expect(shown(distributionOption(dist))).toEqual([true, true, true, true, true]);
    expect(shown(distributionOption(dist, { segmentText: false }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('heatmap column labels', () => {
  const years = Array.from({ length: 15 }, (_, i) => String(2011 + i));
  const columns = (summary: [string, string][]): HeatmapInput['columns'] => [
    ...years.map((y) => ({ key: y, label: y, kind: 'year' as const })),
    ...summary.map(([key, label]) => ({ key, label, kind: 'summary' as const })),
  ];
  it.each([
    [
      'split, Spanish',
      [
        ['pre2020', 'ant. 2020'],
        ['refresh', 'Refresh'],
      ],
    ],
    [
      'split, English',
      [
        ['pre2020', 'pre-2020'],
        ['refresh', 'Refresh'],
      ],
    ],
    ['pooled, Spanish', [['all', 'Todos los ciclos']]],
    ['pooled, French', [['all', 'Tous les cycles']]],
  ] as [string, [string, string][]][])(
    '%s: none runs into another or past the chart, 760 and 1054 px wide',
    (_name, summary) => {
      const heatInput = { ...input, columns: columns(summary) };
      const labels = new Set(heatInput.columns.map((c) => c.label));
      for (const width of [760, 1054]) {
        const { tooltip: _tooltip, ...option } = heatmapOption(heatInput);
        const drawn = echartsTexts(option, width, heatmapHeight(heatInput))
          .filter((d) => labels.has(d.text) && d.size === COLUMN_LABEL_SIZE)
          .map((d) => {
            const half = textWidth(d.text, labelFont(COLUMN_LABEL_SIZE)) / 2;
            return { text: d.text, from: d.x - half, to: d.x + half };
          })
          .sort((a, b) => a.from - b.from);
        expect(drawn.map((d) => d.text)).toEqual(heatInput.columns.map((c) => c.label));
        drawn.slice(1).forEach((d, i) => {
          expect(d.from - (drawn[i]?.to ?? 0), `${drawn[i]?.text} | ${d.text}`).toBeGreaterThan(2);
        });
        expect(drawn.at(-1)?.to).toBeLessThanOrEqual(width);
      }
    },
  );
});
