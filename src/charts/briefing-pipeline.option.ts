import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TitleComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { EN, type Translator } from '../i18n/translator';
import { formatCount, formatPercent } from '../lib/format';
import { FONT } from './overview-bar.option';
import { SCOPE_COLOURS } from './palette';

export type BriefingPipelineOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TitleComponentOption
>;

export interface BriefingPipelineInput {
  steps: readonly { label: string; count: number }[];
  /** Every commitment of the member: the base each step is a share of. */
  commitments: number;
  simulated: boolean;
  /** The UI language (English when absent). */
  tr?: Translator;
}

/** The pipeline as horizontal bars: each step a count, with its share of all commitments. */
export function briefingPipelineOption(input: BriefingPipelineInput): BriefingPipelineOption {
  const base = input.commitments;
  const tr = input.tr ?? EN;
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: {
      text: tr.t('charts.pipelineOf', {
        count: formatCount(base, tr),
        simulated: input.simulated ? tr.t('charts.simulatedSuffix') : '',
      }),
      left: 0,
      textStyle: { fontSize: 12, fontWeight: 600 },
    },
    grid: {
      top: 26,
      left: 4,
      right: 96,
      bottom: 0,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'value', min: 0, max: Math.max(1, base), show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.steps.map((s) => s.label),
      axisTick: { show: false },
      axisLabel: { fontSize: 10 },
    },
    series: [
      {
        type: 'bar',
        data: input.steps.map((s) => s.count),
        barMaxWidth: 16,
        itemStyle: { color: SCOPE_COLOURS.member },
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (p) => {
            const n = Number((p as { value: number }).value);
            return base > 0
              ? tr.t('charts.pipelineBar', {
                  count: formatCount(n, tr),
                  share: formatPercent(n / base, tr),
                  base: formatCount(base, tr),
                })
              : '0 (n=0)';
          },
        },
      },
    ],
  };
}
