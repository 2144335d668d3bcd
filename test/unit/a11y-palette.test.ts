/** Accessibility of the charts as pure functions: one colour-blind-safe palette, decal on demand. */
import { describe, expect, it } from 'vitest';
import { briefingCyclesOption } from '../../src/charts/briefing-cycles.option';
import { briefingPipelineOption } from '../../src/charts/briefing-pipeline.option';
import { chartFrame, shareColour } from '../../src/charts/chart-frame';
import { overviewBarOption } from '../../src/charts/overview-bar.option';
import {
  ACCENT,
  CATEGORICAL,
  INK,
  OKABE_ITO,
  PALETTE,
  SCOPE_COLOURS,
  SEQUENTIAL,
  SEQUENTIAL_7,
  SEQUENTIAL_ALT_7,
  STATE_GREYS,
  luminance,
  withA11y,
} from '../../src/charts/palette';
import { pipelineOption } from '../../src/charts/pipeline.option';
import { quadrantOption, type QuadPoint } from '../../src/charts/quadrant.option';
import { trendsOption } from '../../src/charts/trends.option';
import {
  DEFAULT_SWITCHES,
  METRICS,
  METRIC_IDS,
  metricValue,
  type MetricId,
} from '../../src/metrics';
import type { Level } from '../../src/queries/distribution-fields';
import { parseViewUrl, formatViewUrl } from '../../src/state/view-url';
import { levelColours } from '../../src/views/compare/distribution-model';
import { trendsModel } from '../../src/views/trends/trends-model';

const v = metricValue;
const frame = chartFrame({
  title: 'T',
  datasetName: 'Simulated',
  simulated: true,
  switches: DEFAULT_SWITCHES,
  rules: null,
});

/** Every fill and stroke colour the option's series draw with (not text). */
function seriesColours(option: { series?: unknown }): string[] {
  const out: string[] = [];
  const walk = (x: unknown, key = '') => {
    if (typeof x === 'string') {
      if (/^(itemStyle|lineStyle|areaStyle)\.color$/.test(key) && x.startsWith('#'))
        out.push(x.toLowerCase());
      return;
    }
    if (!x || typeof x !== 'object') return;
    for (const [k, val] of Object.entries(x))
      walk(val, /^(itemStyle|lineStyle|areaStyle)$/.test(k) ? k : `${key.split('.')[0]}.${k}`);
  };
  for (const s of (option.series ?? []) as unknown[]) walk(s);
  return out;
}
const inPalette = (colours: string[]) => colours.filter((c) => !PALETTE.has(c));

const decreasing = (ramp: readonly string[]) =>
  ramp.every((c, i) => i === 0 || luminance(c) < luminance(ramp[i - 1] ?? '#ffffff'));

describe('palette', () => {
  it('categorical colours are Okabe–Ito (plus one grey), all distinct', () => {
    const okabe = new Set<string>(Object.values(OKABE_ITO));
    expect(CATEGORICAL.filter((c) => !okabe.has(c))).toEqual(['#555555']);
    expect(new Set(CATEGORICAL).size).toBe(CATEGORICAL.length);
    expect(CATEGORICAL).not.toContain(OKABE_ITO.yellow);
  });

  it('sequential ramps get darker at every step, so they read in greyscale', () => {
    for (const ramp of [SEQUENTIAL, SEQUENTIAL_7, SEQUENTIAL_ALT_7])
      expect(decreasing(ramp)).toBe(true);
    expect(
      decreasing([SCOPE_COLOURS.member, SCOPE_COLOURS.region, SCOPE_COLOURS.global].reverse()),
    ).toBe(true);
    // Adjacent heatmap stops differ by a visible step in lightness alone.
    for (let i = 1; i < SEQUENTIAL.length; i++)
      expect(luminance(SEQUENTIAL[i - 1]!) / luminance(SEQUENTIAL[i]!)).toBeGreaterThan(1.3);
  });

  it('the heatmap scale runs from the first to the last sequential stop', () => {
    expect(shareColour(0)).toBe(SEQUENTIAL[0]);
    expect(shareColour(1)).toBe(SEQUENTIAL.at(-1));
    expect(luminance(shareColour(0.3))).toBeGreaterThan(luminance(shareColour(0.7)));
  });
});

describe('option builders draw with the palette', () => {
  it('overview bars', () => {
    const values = Object.fromEntries(METRIC_IDS.map((id) => [id, v(3, 10)])) as Record<
      MetricId,
      ReturnType<typeof v>
    >;
    const o = overviewBarOption({
      metrics: METRICS,
      values,
      datasetName: 'D',
      simulated: false,
      denominator: 'rated',
      smallN: 5,
    });
    expect(seriesColours(o)).toEqual([ACCENT.toLowerCase()]);
  });

  it('briefing small multiples and pipeline', () => {
    const cycles = briefingCyclesOption({
      title: 'T',
      cycles: ['2015-2017'],
      member: [v(1, 2)],
      region: [v(1, 2)],
      global: [v(1, 2)],
      simulated: false,
    });
    expect(seriesColours(cycles)).toEqual(
      [SCOPE_COLOURS.member, SCOPE_COLOURS.region, SCOPE_COLOURS.global].map((c) =>
        c.toLowerCase(),
      ),
    );
    const pipe = briefingPipelineOption({
      steps: [{ label: 'a', count: 1 }],
      commitments: 2,
      simulated: false,
    });
    expect(seriesColours(pipe)).toEqual([SCOPE_COLOURS.member.toLowerCase()]);
  });

  it('Compare pipeline and quadrant', () => {
    const pipe = pipelineOption({
      frame,
      stepLabels: ['a', 'b'],
      panels: [
        {
          key: 'all',
          title: 'P',
          commitments: 10,
          steps: [v(5, 10), v(2, 10)],
          reference: [v(1, 2), v(1, 2)],
        },
      ],
      smallN: 5,
    });
    expect(seriesColours(pipe).length).toBeGreaterThan(0);
    expect(inPalette(seriesColours(pipe))).toEqual([]);
    const point = (key: string, region: string): QuadPoint => ({
      key,
      label: key,
      member: key,
      region,
      cycle: null,
      commitments: 10,
      design: v(5, 10),
      implementation: v(6, 10),
    });
    const quad = quadrantOption({
      frame,
      panels: [
        {
          title: 'P',
          points: ['Africa', 'Americas', 'Asia', 'Europe'].map((r, i) => point(`m${i}`, r)),
          average: { label: 'All members', design: v(5, 10), implementation: v(6, 10) },
          regions: [],
        },
      ],
      smallN: 5,
    });
    const colours = seriesColours(quad);
    expect(inPalette(colours)).toEqual([]);
    for (const c of CATEGORICAL.slice(0, 4)) expect(colours).toContain(c.toLowerCase());
  });

  it('Trends lines: members and regions take categorical colours, all members black', () => {
    const line = (kind: 'member' | 'region' | 'global', name: string) => ({
      kind,
      name,
      region: kind === 'global' ? null : 'Europe',
      points: [{ year: 2015, era: null, cycle: null, value: v(3, 10) }],
    });
    const model = trendsModel(
      {
        measure: 'verifiable',
        lines: [
          line('member', 'A'),
          line('member', 'B'),
          line('region', 'Europe'),
          line('global', 'All'),
        ],
      },
      'pooled',
    );
    const colours = model.series.map((s) => s.colour);
    expect(colours.slice(0, 2)).toEqual(CATEGORICAL.slice(0, 2));
    expect(colours).toContain(INK);
    const o = trendsOption({
      frame,
      metricLabel: 'm',
      series: model.series,
      refreshYear: null,
      smallN: 5,
    });
    expect(inPalette(seriesColours(o))).toEqual([]);
  });

  it('distribution levels: one ramp per scale, greys for states', () => {
    const level = (key: string, source: Level['source'], state: Level['state'] = null): Level => ({
      key,
      label: key,
      source,
      ord: 0,
      high: false,
      state,
    });
    const colours = levelColours([
      level('a:1', 'completion' as Level['source']),
      level('a:2', 'completion' as Level['source']),
      level('b:1', 'diog_overall' as Level['source']),
      level('b:2', 'diog_overall' as Level['source']),
      level('state:pending_irm', null, 'pending_irm'),
    ]);
    expect(colours.get('a:1')).toBe(SEQUENTIAL_7[0]);
    expect(colours.get('a:2')).toBe(SEQUENTIAL_7.at(-1));
    expect(colours.get('b:2')).toBe(SEQUENTIAL_ALT_7.at(-1));
    expect(colours.get('state:pending_irm')).toBe(STATE_GREYS.pending_irm);
  });
});

describe('ECharts aria and decal patterns', () => {
  const base = overviewBarOption({
    metrics: METRICS,
    values: Object.fromEntries(METRIC_IDS.map((id) => [id, v(3, 10)])) as Record<
      MetricId,
      ReturnType<typeof v>
    >,
    datasetName: 'D',
    simulated: false,
    denominator: 'rated',
    smallN: 5,
  });

  it('always names the chart; decal patterns only when asked', () => {
    const off = withA11y(base, { decal: false, label: 'Name' });
    expect(off.aria).toEqual({
      enabled: true,
      label: { enabled: true, description: 'Name' },
      decal: { show: false },
    });
    const on = withA11y(base, { decal: true, label: 'Name' });
    expect(on.aria).toMatchObject({ enabled: true, decal: { show: true } });
    // The option itself is kept as it was.
    expect(on.series).toBe(base.series);
    expect(base).not.toHaveProperty('aria');
  });

  it('?decal=1 is a global URL parameter, written back only when on', () => {
    const view = parseViewUrl('?decal=1&metric=verifiable', '#compare');
    expect([view.decal, view.params, view.notice]).toEqual([true, { metric: 'verifiable' }, null]);
    expect(formatViewUrl(view)).toBe('?decal=1&metric=verifiable#compare');
    expect(formatViewUrl({ ...view, decal: false })).toBe('?metric=verifiable#compare');
    expect(parseViewUrl('', '#compare').decal).toBe(false);
    const bad = parseViewUrl('?decal=yes', '#compare');
    expect([bad.decal, bad.notice]).toEqual([false, expect.stringContaining('decal')]);
  });
});
