import type { ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { EN, type Translator } from '../i18n/translator';
import { escapeHtml, formatInterval, formatShare, percentTick } from '../lib/format';
import type { MetricValue } from '../metrics';
import { FONT, frameHeight, frameTitle, type ChartFrame } from './chart-frame';
import { MUTED, categorical } from './palette';

export type QuadrantOption = ComposeOption<
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export interface QuadPoint {
  key: string;
  label: string;
  member: string;
  region: string;
  cycle: string | null;
  commitments: number;
  design: MetricValue;
  implementation: MetricValue;
}

export interface QuadReference {
  label: string;
  design: MetricValue;
  implementation: MetricValue;
}

export interface QuadPanel {
  title: string;
  points: readonly QuadPoint[];
  /** The crosshairs: all members under the same filters. */
  average: QuadReference | null;
  /** Regional averages, drawn as labelled diamonds. */
  regions: readonly QuadReference[];
}

export interface QuadrantInput {
  frame: ChartFrame;
  panels: readonly QuadPanel[];
  smallN: number;
  /** The UI language (English when absent). */
  tr?: Translator;
}

/** The four quadrants' names in the UI language. */
export function quadrantLabels(tr: Translator = EN) {
  return {
    topRight: tr.t('charts.quadTopRight'),
    topLeft: tr.t('charts.quadTopLeft'),
    bottomRight: tr.t('charts.quadBottomRight'),
    bottomLeft: tr.t('charts.quadBottomLeft'),
  };
}

export const QUADRANT_LABELS = quadrantLabels();

const pct = (v: MetricValue) => (v.share === null ? null : Math.round(v.share * 1000) / 10);
/** Only points with something rated on both axes can be placed. */
export const plotted = (p: { design: MetricValue; implementation: MetricValue }) =>
  p.design.n > 0 && p.implementation.n > 0;
export const bubbleSize = (commitments: number) => Math.min(42, 6 + Math.sqrt(commitments) * 2.2);

function lines(
  label: string,
  p: Omit<QuadReference, 'label'>,
  smallN: number,
  extra: string[],
  tr: Translator,
): string {
  const axis = (name: string, v: MetricValue) =>
    tr.t('charts.quadAxisLine', { name, share: formatShare(v.share, v.n, tr) }) +
    (v.ci95 ? tr.t('charts.quadInterval', { interval: formatInterval(v.ci95, tr) }) : '') +
    (v.n > 0 && v.n < smallN ? tr.t('charts.quadSmallN') : '');
  return [
    label,
    ...extra,
    axis(tr.t('charts.quadDesignTip'), p.design),
    axis(tr.t('charts.quadImplTip'), p.implementation),
  ]
    .map(escapeHtml)
    .join('<br/>');
}

/** Design against implementation, one panel per era (or one pooled), averages as crosshairs. */
export function quadrantOption(input: QuadrantInput): QuadrantOption {
  const tr = input.tr ?? EN;
  const labels = quadrantLabels(tr);
  const top = frameHeight(input.frame) + 56;
  const count = Math.max(1, input.panels.length);
  const regions = [...new Set(input.panels.flatMap((p) => p.points.map((x) => x.region)))].sort();
  const colour = (r: string) => categorical(regions.indexOf(r));
  const grids = input.panels.map((_, i) => ({
    top,
    bottom: 56,
    left: `${(i * 100) / count + 4}%`,
    width: `${100 / count - 8}%`,
  }));
  const axis = (name: string, i: number, gap: number) => ({
    gridIndex: i,
    type: 'value' as const,
    min: 0,
    max: 100,
    name,
    nameLocation: 'middle' as const,
    nameGap: gap,
    axisLabel: { formatter: percentTick(tr) },
    splitLine: { lineStyle: { color: '#eef0f3' } },
  });
  const series: ScatterSeriesOption[] = input.panels.flatMap((panel, i) => {
    const shown = panel.points.filter(plotted);
    const avg = panel.average && plotted(panel.average) ? panel.average : null;
    const ax = avg ? (pct(avg.design) ?? 0) : 50;
    const ay = avg ? (pct(avg.implementation) ?? 0) : 50;
    const area = (label: string, a: [number, number], b: [number, number], position: string) => [
      { xAxis: a[0], yAxis: a[1], name: label, label: { position } },
      { xAxis: b[0], yAxis: b[1] },
    ];
    const bySeries = regions.map<ScatterSeriesOption>((region) => ({
      type: 'scatter',
      name: region,
      xAxisIndex: i,
      yAxisIndex: i,
      itemStyle: { color: colour(region), opacity: 0.75, borderColor: '#ffffff', borderWidth: 0.5 },
      label: {
        show: shown.length <= 25,
        position: 'right',
        fontSize: 10,
        color: '#374151',
        formatter: '{b}',
      },
      tooltip: { formatter: (p) => String((p as { data?: { tip?: string } }).data?.tip ?? '') },
      data: shown
        .filter((p) => p.region === region)
        .map((p) => ({
          name: p.label,
          value: [pct(p.design) ?? 0, pct(p.implementation) ?? 0],
          symbolSize: bubbleSize(p.commitments),
          key: p.key,
          tip: lines(
            p.label,
            p,
            input.smallN,
            [tr.t('charts.quadCommitments', { count: p.commitments })],
            tr,
          ),
        })),
    }));
    const reference = (r: QuadReference, c: string, label: boolean) => ({
      name: r.label,
      value: [pct(r.design) ?? 0, pct(r.implementation) ?? 0],
      itemStyle: { color: c, borderColor: '#111827', borderWidth: 1 },
      label: { show: label },
      tip: lines(r.label, r, input.smallN, [tr.t('charts.quadAverage')], tr),
    });
    const refs: ScatterSeriesOption = {
      type: 'scatter',
      name: tr.t('charts.averages'),
      xAxisIndex: i,
      yAxisIndex: i,
      symbol: 'diamond',
      symbolSize: 12,
      z: 5,
      label: { position: 'bottom', fontSize: 10, color: '#111827', formatter: '{b}' },
      tooltip: { formatter: (p) => String((p as { data?: { tip?: string } }).data?.tip ?? '') },
      data: [
        ...(avg ? [reference(avg, '#111827', true)] : []),
        ...panel.regions.filter(plotted).map((r) => reference(r, colour(r.label), false)),
      ],
      markLine: avg
        ? {
            silent: true,
            symbol: 'none',
            lineStyle: { color: MUTED, type: 'dashed' },
            label: { show: false },
            data: [{ xAxis: ax }, { yAxis: ay }],
          }
        : undefined,
      markArea: avg
        ? {
            silent: true,
            itemStyle: { color: 'rgba(0,0,0,0)' },
            label: { color: '#6b7280', fontSize: 10 },
            data: [
              area(labels.topLeft, [0, ay], [ax, 100], 'insideTopLeft'),
              area(labels.topRight, [ax, ay], [100, 100], 'insideTopRight'),
              area(labels.bottomLeft, [0, 0], [ax, ay], 'insideBottomLeft'),
              area(labels.bottomRight, [ax, 0], [100, ay], 'insideBottomRight'),
            ] as NonNullable<ScatterSeriesOption['markArea']>['data'],
          }
        : undefined,
    };
    return [...bySeries, refs];
  });
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: [
      frameTitle(input.frame),
      ...input.panels.map((p, i) => ({
        text: p.title,
        top: top - 26,
        left: `${(i * 100) / count + 4}%`,
        textStyle: { fontSize: 13, fontFamily: FONT },
      })),
    ],
    legend: { top: frameHeight(input.frame), left: 0, data: regions, selectedMode: false },
    tooltip: { trigger: 'item' },
    grid: grids,
    xAxis: input.panels.map((_, i) => axis(tr.t('charts.quadDesignAxis'), i, 28)),
    yAxis: input.panels.map((_, i) => axis(tr.t('charts.quadImplAxis'), i, 40)),
    series,
  };
}

export function quadrantHeight(input: QuadrantInput): number {
  return frameHeight(input.frame) + 56 + (input.panels.length > 1 ? 420 : 520) + 56;
}
