import { describe, expect, it } from 'vitest';
import {
  DENOMINATOR_RULE,
  overviewBarOption,
  type OverviewBarInput,
} from '../../src/charts/overview-bar.option';
import {
  METRICS,
  METRIC_IDS,
  metricValue,
  type MetricId,
  type MetricValue,
} from '../../src/metrics';

function values(overrides: Partial<Record<MetricId, MetricValue>> = {}) {
  const out = {} as Record<MetricId, MetricValue>;
  for (const id of METRIC_IDS) out[id] = overrides[id] ?? metricValue(769, 1234);
  return out;
}

function input(over: Partial<OverviewBarInput> = {}): OverviewBarInput {
  return {
    metrics: METRICS,
    values: values(),
    datasetName: 'Simulated OGP commitments',
    simulated: true,
    denominator: 'rated',
    smallN: 5,
    ...over,
  };
}

type Item = { value: number; label: { formatter: string }; itemStyle: { opacity: number } };
const series = (o: ReturnType<typeof overviewBarOption>) => {
  const s = Array.isArray(o.series) ? o.series[0] : o.series;
  return s as unknown as { type: string; data: Item[] };
};
const title = (o: ReturnType<typeof overviewBarOption>) =>
  o.title as { text: string; subtext: string };
const tooltip = (o: ReturnType<typeof overviewBarOption>, dataIndex: number) =>
  (o.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex });

describe('overviewBarOption', () => {
  it('draws one bar per metric, in order, top to bottom, on a 0–100% axis', () => {
    const o = overviewBarOption(input());
    expect(o.yAxis).toMatchObject({ type: 'category', inverse: true });
    expect((o.yAxis as { data: string[] }).data).toEqual(METRICS.map((m) => m.label));
    expect(o.xAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect(series(o).type).toBe('bar');
    expect(series(o).data).toHaveLength(7);
    // Not grid.containLabel: ECharts 6 ignores it without LegacyGridContainLabel.
    expect(o.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });
    expect(o.grid).not.toHaveProperty('containLabel');
  });

  it('labels every bar with its share and n, with thousands separators', () => {
    const item = series(overviewBarOption(input())).data[0]!;
    expect(item.value).toBe(62.3);
    expect(item.label.formatter).toBe('62% (n=1,234)');
    expect(item.itemStyle.opacity).toBe(1);
  });

  it('says "no rated commitments (n=0)" on an empty metric instead of a 0% bar label', () => {
    const o = overviewBarOption(input({ values: values({ promising: metricValue(0, 0) }) }));
    const item = series(o).data[6]!;
    expect(item).toMatchObject({ value: 0, label: { formatter: 'no rated commitments (n=0)' } });
    expect(tooltip(o, 6)).toContain('no interval: nothing rated');
  });

  it('fades and flags shares resting on fewer than smallN rated commitments', () => {
    const o = overviewBarOption(input({ values: values({ starred: metricValue(2, 4) }) }));
    const item = series(o).data[5]!;
    expect(item.label.formatter).toBe('50% (n=4) · small n');
    expect(item.itemStyle.opacity).toBe(0.45);
    expect(tooltip(o, 5)).toContain('small n: fewer than 5 rated commitments');
  });

  it('keeps a share under 1% from reading as zero', () => {
    const o = overviewBarOption(input({ values: values({ verifiable: metricValue(3, 1000) }) }));
    expect(series(o).data[0]).toMatchObject({ value: 0.3, label: { formatter: '0.3% (n=1,000)' } });
  });

  it('puts the 95% Wilson interval and the counts in the tooltip', () => {
    const o = overviewBarOption(input({ values: values({ verifiable: metricValue(3, 5) }) }));
    expect(tooltip(o, 0)).toBe(
      'Verifiable<br/>3 of 5 = 60% (n=5)<br/>95% interval (Wilson): 23–88%',
    );
  });

  it('marks simulated data and names the denominator rule in the subtitle', () => {
    const sim = title(overviewBarOption(input()));
    expect(sim.subtext).toBe(
      `Simulated OGP commitments — SIMULATED DATA, not real IRM results\n${DENOMINATOR_RULE.rated}`,
    );
    const real = title(
      overviewBarOption(input({ simulated: false, datasetName: 'OGP export', denominator: 'all' })),
    );
    expect(real.subtext).toBe(`OGP export\n${DENOMINATOR_RULE.all}`);
    expect(real.subtext).not.toContain('SIMULATED');
  });

  it('escapes HTML in the tooltip (ECharts renders tooltip strings as HTML)', () => {
    const o = overviewBarOption(input({ metrics: [{ id: 'verifiable', label: '<b>x</b> & y' }] }));
    expect(tooltip(o, 0)).toMatch(/^&lt;b&gt;x&lt;\/b&gt; &amp; y<br\/>/);
    expect(tooltip(o, 7)).toBe('');
  });
});
