import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { EN, type Translator } from '../i18n/translator';
import {
  escapeHtml,
  formatCount,
  formatInterval,
  formatPercent,
  formatShare,
  percentTick,
} from '../lib/format';
import type { MetricValue } from '../metrics';
import { FONT, frameHeight, frameTitle, type ChartFrame } from './chart-frame';
import { ACCENT, INK } from './palette';

export type PipelineOption = ComposeOption<
  | BarSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export interface PipelinePanel {
  key: string;
  title: string;
  commitments: number;
  steps: readonly MetricValue[];
  /** All members under the same filters (the reference mark on each bar). */
  reference: readonly MetricValue[] | null;
}

export interface PipelineInput {
  frame: ChartFrame;
  stepLabels: readonly string[];
  panels: readonly PipelinePanel[];
  smallN: number;
  /** The UI language (English when absent). */
  tr?: Translator;
}

const pct = (v: MetricValue | undefined) =>
  v?.share == null ? 0 : Math.round(v.share * 1000) / 10;

export function stepLabel(v: MetricValue, tr: Translator = EN): string {
  if (v.n === 0) return tr.t('charts.nothingRated');
  return tr.t('charts.stepOf', {
    part: formatCount(v.yes, tr),
    whole: formatCount(v.n, tr),
    share: formatPercent(v.share ?? 0, tr),
  });
}

/** Verifiable → ambitious → high completion → strong results, one panel per era (or pooled). */
export function pipelineOption(input: PipelineInput): PipelineOption {
  const tr = input.tr ?? EN;
  const top = frameHeight(input.frame) + 30;
  const count = Math.max(1, input.panels.length);
  const tip = (panel: PipelinePanel, i: number) => {
    const v = panel.steps[i];
    const r = panel.reference?.[i];
    if (!v) return '';
    return [
      `${panel.title} — ${input.stepLabels[i] ?? ''}`,
      tr.t('charts.selection', { value: stepLabel(v, tr) }),
      v.ci95
        ? tr.t('charts.intervalLine', { interval: formatInterval(v.ci95, tr) })
        : tr.t('format.noInterval'),
      ...(v.n > 0 && v.n < input.smallN ? [tr.t('charts.smallNRated', { n: input.smallN })] : []),
      ...(r ? [tr.t('charts.allMembersSame', { share: formatShare(r.share, r.n, tr) })] : []),
    ]
      .map(escapeHtml)
      .join('<br/>');
  };
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: [
      frameTitle(input.frame),
      ...input.panels.map((p, i) => ({
        text: tr.t('charts.panelCommitments', { title: p.title, count: p.commitments }),
        top: top - 26,
        left: `${(i * 100) / count + 1}%`,
        textStyle: { fontSize: 13, fontFamily: FONT },
      })),
    ],
    tooltip: { trigger: 'item' },
    grid: input.panels.map((_, i) => ({
      top,
      bottom: 30,
      left: `${(i * 100) / count + 1}%`,
      width: `${100 / count - 4}%`,
      outerBoundsMode: 'same' as const,
      outerBoundsContain: 'axisLabel' as const,
    })),
    xAxis: input.panels.map((_, i) => ({
      gridIndex: i,
      type: 'value' as const,
      min: 0,
      max: 100,
      axisLabel: { formatter: percentTick(tr) },
    })),
    yAxis: input.panels.map((_, i) => ({
      gridIndex: i,
      type: 'category' as const,
      inverse: true,
      data: [...input.stepLabels],
      axisTick: { show: false },
      axisLabel: { show: i === 0, fontSize: 11 },
    })),
    series: input.panels.flatMap((panel, i): (BarSeriesOption | ScatterSeriesOption)[] => [
      {
        type: 'bar',
        name: panel.title,
        xAxisIndex: i,
        yAxisIndex: i,
        barWidth: 26,
        itemStyle: { color: ACCENT },
        label: { show: true, position: 'insideLeft', fontSize: 11, color: '#111827', distance: 4 },
        tooltip: { formatter: (p) => tip(panel, (p as { dataIndex: number }).dataIndex) },
        data: panel.steps.map((v) => ({
          value: pct(v),
          label: {
            formatter: stepLabel(v, tr),
            position: pct(v) > 55 ? 'insideLeft' : 'right',
            color: pct(v) > 55 ? '#ffffff' : '#111827',
          },
          itemStyle: { opacity: v.n > 0 && v.n < input.smallN ? 0.45 : 1 },
        })),
      },
      {
        type: 'scatter',
        name: tr.t('charts.allMembers'),
        xAxisIndex: i,
        yAxisIndex: i,
        symbol: 'rect',
        symbolSize: [3, 34],
        itemStyle: { color: INK },
        tooltip: { formatter: (p) => tip(panel, (p as { dataIndex: number }).dataIndex) },
        // '-' leaves a step without its mark (nothing rated) while dataIndex stays the step's.
        data: (panel.reference ?? []).map((r, j) => [r.n > 0 ? pct(r) : '-', j]),
      },
    ]),
  };
}

export function pipelineHeight(input: PipelineInput): number {
  return frameHeight(input.frame) + 30 + input.stepLabels.length * 64 + 40;
}
