import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { EN, type Translator } from '../i18n/translator';
import { escapeHtml, formatInterval, formatShare, percentTick } from '../lib/format';
import type { MetricValue } from '../metrics';
import { FONT, frameHeight, frameTitle, type ChartFrame } from './chart-frame';

export type TrendsOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export interface TrendPointIn {
  year: number;
  cycle: string | null;
  value: MetricValue;
}

export interface TrendSeriesIn {
  key: string;
  name: string;
  kind: 'member' | 'region' | 'global';
  colour: string;
  /** Drawn as separate pieces (one per era when eras are split): never joined across a break. */
  segments: readonly (readonly TrendPointIn[])[];
}

export interface TrendsInput {
  frame: ChartFrame;
  metricLabel: string;
  series: readonly TrendSeriesIn[];
  /** Where the IRM Refresh starts (a vertical marker), or null when eras are pooled. */
  refreshYear: number | null;
  smallN: number;
  /** The UI language (English when absent). */
  tr?: Translator;
}

const pct = (v: MetricValue) => (v.share === null ? null : Math.round(v.share * 1000) / 10);

function tip(
  s: TrendSeriesIn,
  p: TrendPointIn,
  metric: string,
  smallN: number,
  tr: Translator,
): string {
  const { value: v } = p;
  return [
    `${s.name} — ${p.cycle ? tr.t('charts.cycle', { cycle: p.cycle }) : tr.t('charts.plansStarting', { year: String(p.year) })}`,
    tr.t('charts.metricShare', { metric, share: formatShare(v.share, v.n, tr) }),
    v.ci95
      ? tr.t('charts.intervalLine', { interval: formatInterval(v.ci95, tr) })
      : tr.t('format.noInterval'),
    ...(v.n > 0 && v.n < smallN ? [tr.t('charts.smallNTrend', { n: smallN })] : []),
  ]
    .map(escapeHtml)
    .join('<br/>');
}

/** The measure by plan start year: members, their regions and all members, with 95 % bands. */
export function trendsOption(input: TrendsInput): TrendsOption {
  const tr = input.tr ?? EN;
  // The axis spans years with something rated: plans still pending review have no point to draw.
  const years = input.series.flatMap((s) =>
    s.segments.flatMap((seg) => seg.filter((p) => p.value.n > 0).map((p) => p.year)),
  );
  const min = years.length > 0 ? Math.min(...years) : 2011;
  const max = years.length > 0 ? Math.max(...years) : 2025;
  const series: LineSeriesOption[] = input.series.flatMap((s, si) =>
    s.segments.flatMap((seg, gi): LineSeriesOption[] => {
      const rated = seg.filter((p) => p.value.n > 0);
      const stack = `band-${si}-${gi}`;
      const band = (rated.length > 1 ? rated : []).map((p) => ({
        year: p.year,
        ci: p.value.ci95 ?? [0, 0],
      }));
      return [
        {
          type: 'line',
          name: s.name,
          z: s.kind === 'member' ? 4 : 3,
          lineStyle: {
            color: s.colour,
            width: s.kind === 'global' ? 3 : 2,
            type: s.kind === 'region' ? 'dashed' : 'solid',
          },
          itemStyle: { color: s.colour },
          symbolSize: 7,
          tooltip: {
            formatter: (p) => {
              const point = rated[(p as { dataIndex: number }).dataIndex];
              return point ? tip(s, point, input.metricLabel, input.smallN, tr) : '';
            },
          },
          data: rated.map((p) => ({
            value: [p.year, pct(p.value) ?? 0],
            symbol: p.value.n < input.smallN ? 'emptyCircle' : 'circle',
          })),
          ...(gi === 0 && input.refreshYear !== null && si === 0
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: '#9ca3af', type: 'dotted' },
                  label: {
                    formatter: tr.t('charts.refreshMark'),
                    position: 'insideEndTop',
                    fontSize: 10,
                    color: '#6b7280',
                  },
                  data: [{ xAxis: input.refreshYear - 0.5 }],
                },
              }
            : {}),
        },
        {
          type: 'line',
          name: tr.t('charts.interval', { name: s.name }),
          stack,
          silent: true,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          tooltip: { show: false },
          data: band.map((b) => [b.year, Math.round(b.ci[0] * 1000) / 10]),
        },
        {
          type: 'line',
          name: tr.t('charts.interval', { name: s.name }),
          stack,
          silent: true,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: s.colour, opacity: s.kind === 'member' ? 0.1 : 0.07 },
          tooltip: { show: false },
          data: band.map((b) => [b.year, Math.round((b.ci[1] - b.ci[0]) * 1000) / 10]),
        },
      ];
    }),
  );
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: frameTitle(input.frame),
    legend: {
      top: frameHeight(input.frame),
      left: 0,
      data: input.series.map((s) => s.name),
      selectedMode: false,
    },
    tooltip: { trigger: 'item' },
    grid: {
      top: frameHeight(input.frame) + 40,
      left: 8,
      right: 24,
      bottom: 40,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min,
      max,
      interval: 1,
      name: tr.t('charts.planStartYear'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (v: number) => String(v) },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: percentTick(tr) } },
    series,
  };
}

export function trendsHeight(input: TrendsInput): number {
  return frameHeight(input.frame) + 40 + 380;
}
