import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { EN, type Translator } from '../i18n/translator';
import { escapeHtml, formatShare, percentTick } from '../lib/format';
import type { MetricValue } from '../metrics';
import { FONT } from './overview-bar.option';
import { SCOPE_COLOURS } from './palette';

export type BriefingCyclesOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TitleComponentOption | TooltipComponentOption
>;

export interface BriefingCyclesInput {
  title: string;
  /** Cycle labels ("2012-2014"), oldest first; the axis shows the first year and the member's n. */
  cycles: readonly string[];
  /** One value per cycle (null: nothing in that scope). */
  member: readonly (MetricValue | null)[];
  region: readonly (MetricValue | null)[];
  global: readonly (MetricValue | null)[];
  simulated: boolean;
  /** The UI language (English when absent). */
  tr?: Translator;
}

export const SCOPE_COLORS = SCOPE_COLOURS;

const pct = (v: MetricValue | null) => (v?.share == null ? 0 : Math.round(v.share * 1000) / 10);

/** One metric across the member's cycles: member, region and global bars side by side. */
export function briefingCyclesOption(input: BriefingCyclesInput): BriefingCyclesOption {
  const tr = input.tr ?? EN;
  const scopes = [
    [tr.t('charts.scopeMember'), input.member, SCOPE_COLORS.member],
    [tr.t('charts.scopeRegion'), input.region, SCOPE_COLORS.region],
    [tr.t('charts.scopeGlobal'), input.global, SCOPE_COLORS.global],
  ] as const;
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: {
      text: input.title + (input.simulated ? tr.t('charts.simulatedSuffix') : ''),
      left: 0,
      textStyle: { fontSize: 12, fontWeight: 600 },
    },
    grid: {
      top: 36,
      left: 4,
      right: 4,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const { seriesIndex = 0, dataIndex } = p as { seriesIndex?: number; dataIndex: number };
        const [name, values] = scopes[seriesIndex] ?? scopes[0];
        const v = values[dataIndex] ?? null;
        const cycle = input.cycles[dataIndex] ?? '';
        return escapeHtml(
          tr.t('charts.cycleTip', {
            name,
            cycle,
            share: v ? formatShare(v.share, v.n, tr) : tr.t('charts.noData'),
          }),
        );
      },
    },
    // The axis carries the member's n per cycle, so every bar group shows its n; region and
    // global n are in the tooltip and in the table next to the charts.
    xAxis: {
      type: 'category',
      data: input.cycles.map((c, i) => `${c.slice(0, 4)}\nn=${tr.number(input.member[i]?.n ?? 0)}`),
      axisLabel: { fontSize: 9, interval: 0, lineHeight: 11 },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      splitNumber: 2,
      axisLabel: { fontSize: 9, formatter: percentTick(tr) },
    },
    series: scopes.map(([name, values, color]) => ({
      type: 'bar' as const,
      name,
      data: values.map(pct),
      itemStyle: { color },
      barGap: '10%',
    })),
  };
}
