import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MetricId, MetricValue } from '../metrics';
import type { Switches } from '../metrics/switches';
import { EN, type Translator } from '../i18n/translator';
import { escapeHtml, formatCount, formatInterval, formatShare, percentTick } from '../lib/format';
import { posterable } from './bar-poster';
import { ACCENT, INK } from './palette';

export type OverviewBarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TitleComponentOption | TooltipComponentOption
>;

export interface OverviewBarInput {
  /** Metrics in display order (top to bottom). */
  metrics: readonly { id: MetricId; label: string }[];
  values: Readonly<Record<MetricId, MetricValue>>;
  datasetName: string;
  simulated: boolean;
  denominator: Switches['denominator'];
  /** Shares on fewer rated commitments than this are drawn faded and flagged "small n". */
  smallN: number;
  /** The UI language (English when absent). */
  tr?: Translator;
}

export interface OverviewBarItem {
  /** Percent (0–100), 0 when nothing was rated. */
  value: number;
  label: { formatter: string };
  itemStyle: { opacity: number };
  /** Plain-text tooltip lines (escaped when turned into tooltip HTML). */
  tooltip: string[];
}

/** The page's system font stack, so chart text matches the page (no web fonts). */
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

export function denominatorRule(d: Switches['denominator'], tr: Translator = EN): string {
  return tr.t(d === 'rated' ? 'charts.overviewDenomRated' : 'charts.overviewDenomAll');
}

export const DENOMINATOR_RULE: Record<Switches['denominator'], string> = {
  rated: denominatorRule('rated'),
  all: denominatorRule('all'),
};

export function overviewBarItem(
  label: string,
  v: MetricValue,
  smallN: number,
  tr: Translator = EN,
): OverviewBarItem {
  const small = v.n > 0 && v.n < smallN;
  const text = formatShare(v.share, v.n, tr) + (small ? tr.t('charts.smallNSuffix') : '');
  return {
    value: v.share === null ? 0 : Math.round(v.share * 1000) / 10,
    label: { formatter: text },
    itemStyle: { opacity: small ? 0.45 : 1 },
    tooltip: [
      label,
      tr.t('charts.ofEquals', {
        part: formatCount(v.yes, tr),
        whole: formatCount(v.n, tr),
        share: formatShare(v.share, v.n, tr),
      }),
      v.ci95
        ? tr.t('charts.intervalLine', { interval: formatInterval(v.ci95, tr) })
        : tr.t('format.noInterval'),
      ...(small ? [tr.t('charts.smallNFewer', { n: smallN })] : []),
    ],
  };
}

/** The global share per metric as horizontal bars, with n on every bar. */
export function overviewBarOption(input: OverviewBarInput): OverviewBarOption {
  const tr = input.tr ?? EN;
  const items = input.metrics.map((m) =>
    overviewBarItem(m.label, input.values[m.id], input.smallN, tr),
  );
  const subtitle = [
    input.simulated ? tr.t('charts.simulatedLine', { name: input.datasetName }) : input.datasetName,
    denominatorRule(input.denominator, tr),
  ].join('\n');
  const title = tr.t('charts.overviewTitle');
  const grid = { top: 84, left: 8, right: 150, bottom: 28 };
  const option: OverviewBarOption = {
    textStyle: { fontFamily: FONT },
    // Short, so a switch change reads as a change without making anyone wait.
    animationDuration: 300,
    animationDurationUpdate: 300,
    title: {
      text: title,
      subtext: subtitle,
      left: 0,
      textStyle: { fontSize: 16 },
      subtextStyle: { color: input.simulated ? '#9a3412' : '#4b5563', lineHeight: 18 },
    },
    // ECharts 6 spelling of containLabel (which now needs a legacy module, else it is ignored).
    grid: {
      ...grid,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = items[(p as { dataIndex: number }).dataIndex];
        return item ? item.tooltip.map(escapeHtml).join('<br/>') : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: percentTick(tr) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: input.metrics.map((m) => m.label),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: tr.t('charts.share'),
        data: items.map(({ tooltip: _tooltip, ...rest }) => rest),
        barMaxWidth: 28,
        itemStyle: { color: ACCENT },
        label: { show: true, position: 'right', color: INK },
      },
    ],
  };
  // The landing view's chart: drawn as a plain-SVG poster until ECharts is needed (bar-poster.ts).
  return posterable(option, {
    title,
    subtitle: subtitle.split('\n'),
    subtitleColor: input.simulated ? '#9a3412' : '#4b5563',
    categories: input.metrics.map((m) => m.label),
    bars: items.map((i) => ({
      value: i.value,
      label: i.label.formatter,
      opacity: i.itemStyle.opacity,
    })),
    max: 100,
    ticks: [0, 20, 40, 60, 80, 100].map((value) => ({ value, label: percentTick(tr)(value) })),
    color: ACCENT,
    font: FONT,
    grid,
    barMaxWidth: 28,
  });
}
