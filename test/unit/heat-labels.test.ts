/**
 * The heatmap's on-screen cell labels (HeatLabels.tsx, drawn over the chart) must sit exactly
 * where ECharts draws its own: ECharts renders the same option with its labels (as the exports
 * do) into SVG, and every label's lines are compared with cellLabels().
 */
import { HeatmapChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { chartFrame } from '../../src/charts/chart-frame';
import {
  CELL_LABEL,
  cellLabels,
  heatmapHeight,
  heatmapItems,
  heatmapOption,
  type HeatmapInput,
  type HeatRow,
} from '../../src/charts/heatmap.option';
import { DEFAULT_SWITCHES, metricValue } from '../../src/metrics';

echarts.use([HeatmapChart, GridComponent, TitleComponent, SVGRenderer]);

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

function echartsLabels(width: number) {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height: heatmapHeight(input),
  });
  try {
    const { tooltip: _tooltip, ...option } = heatmapOption(input);
    asProduction(() => chart.setOption(option));
    return svgTexts(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

describe('cellLabels', () => {
  it.each([1054, 720])('puts every line where ECharts draws it, %i px wide', (width) => {
    const drawn = echartsLabels(width);
    const ours = cellLabels(input, width).flatMap((l) =>
      l.lines.map((text, i) => ({
        text,
        x: l.x,
        y: l.y + (i - (l.lines.length - 1) / 2) * 11,
        fill: l.colour,
      })),
    );
    expect(ours.length).toBe(heatmapItems(input).length * 2);
    expect(ours.map((o) => o.text)).toEqual(
      expect.arrayContaining(['90%', 'n=10', '33%*', 'n=3', '–', 'n=0', '25%', 'n=8']),
    );
    for (const o of ours) {
      const same = drawn.filter((d) => d.text === o.text && Math.abs(d.y - o.y) < 0.01);
      const match = same.find((d) => Math.abs(d.x - o.x) < 0.01);
      expect(match, `${o.text} at ${o.x},${o.y} among ${JSON.stringify(same)}`).toBeDefined();
      expect(match?.fill.toLowerCase()).toBe(o.fill.toLowerCase());
      expect(match?.size).toBe(CELL_LABEL.fontSize);
    }
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
