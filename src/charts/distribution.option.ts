import type { BarSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { EN, type Translator } from '../i18n/translator';
import { escapeHtml, formatCount, formatPercent, percentTick } from '../lib/format';
import { clip } from '../lib/text-wrap';
import { FONT, frameHeight, frameTitle, textOnFill, type ChartFrame } from './chart-frame';
import type { ChartLabel, LabelFont } from './chart-labels';
import { labelFont, textWidth } from './text-width';

export type DistributionOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export interface DistLevel {
  key: string;
  label: string;
  colour: string;
}

export interface DistBar {
  key: string;
  label: string;
  kind: 'global' | 'region' | 'member';
  member: string | null;
  region: string | null;
  /** Commitments per level key. */
  counts: Readonly<Record<string, number>>;
}

export interface DistributionInput {
  frame: ChartFrame;
  /** The segments to draw, in stacking order (hidden states already left out). */
  levels: readonly DistLevel[];
  bars: readonly DistBar[];
  /** The UI language (English when absent). */
  tr?: Translator;
}

export const BAR_ROW = 24;
const LABEL_MIN = 9;
const PER_LEGEND_LINE = 5;

/** n of a bar: commitments in the levels drawn (states excluded when they are hidden). */
export function barTotal(bar: DistBar, levels: readonly DistLevel[]): number {
  return levels.reduce((sum, l) => sum + (bar.counts[l.key] ?? 0), 0);
}

function legendHeight(levels: readonly DistLevel[]): number {
  return Math.ceil(levels.length / PER_LEGEND_LINE) * 22;
}

const GRID_RIGHT = 16;
const GRID_BOTTOM = 28;

/** The grid's top and left edges, each bar's n and its axis label. */
function distributionLayout(input: DistributionInput) {
  const { bars, levels } = input;
  const tr = input.tr ?? EN;
  const totals = bars.map((b) => barTotal(b, levels));
  const top = frameHeight(input.frame) + legendHeight(levels) + 8;
  // Clipped here (250px of 11px text), not by the chart: measuring every label is slow.
  const labels = bars.map((b, i) => `${clip(b.label, 38)} (n=${formatCount(totals[i] ?? 0, tr)})`);
  return { totals, top, labels, left: 8 + labelColumn(bars, labels) };
}

/**
 * Per level, each bar's segment as a percentage of its n (rounded to 0.1, as drawn), or null
 * for an empty segment.
 */
function segmentShares(input: DistributionInput, totals: readonly number[]): (number | null)[][] {
  return input.levels.map((l) =>
    input.bars.map((b, i) => {
      const total = totals[i] ?? 0;
      const count = b.counts[l.key] ?? 0;
      return total > 0 && count > 0 ? Math.round((count / total) * 1000) / 10 : null;
    }),
  );
}

/** The segments' share labels: 10 px, one line. */
export const SEGMENT_LABEL: LabelFont = { fontSize: 10, lineHeight: 10 };

const segmentText = (v: number, tr: Translator) => tr.percent(Math.round(v) / 100);

/**
 * The segments' labels where ECharts centres them (stacked in level order on a 0–100 axis
 * across the grid, bars centred in equal bands) in a chart `width` px wide, for the screen's
 * LabelLayer (chart-labels.ts).
 */
export function segmentLabels(input: DistributionInput, width: number): ChartLabel[] {
  const { totals, top, left } = distributionLayout(input);
  const tr = input.tr ?? EN;
  const plotWidth = width - left - GRID_RIGHT;
  const band = (distributionHeight(input) - top - GRID_BOTTOM) / Math.max(1, input.bars.length);
  const stacked = input.bars.map(() => 0);
  const out: ChartLabel[] = [];
  segmentShares(input, totals).forEach((shares, l) => {
    const colour = textOnFill(input.levels[l]?.colour ?? '#ffffff');
    shares.forEach((v, i) => {
      if (v === null) return;
      const from = stacked[i] ?? 0;
      stacked[i] = from + v;
      if (v < LABEL_MIN) return;
      // Shares rounded to 0.1 can add up past 100: ECharts clips the bar to the axis, and
      // centres the label on what is left.
      const to = Math.min(100, from + v);
      out.push({
        x: left + ((Math.min(100, from) + to) / 200) * plotWidth,
        y: top + (i + 0.5) * band,
        lines: [segmentText(v, tr)],
        colour,
      });
    });
  });
  return out;
}

/**
 * 100 %-stacked bars of native rating levels, one bar per member (and reference rows).
 * `segmentText: false` leaves the segments' labels to the caller (the screen draws them with
 * segmentLabels); exports keep ECharts' own.
 */
export function distributionOption(
  input: DistributionInput,
  { segmentText: withText = true }: { segmentText?: boolean } = {},
): DistributionOption {
  const { bars, levels } = input;
  const tr = input.tr ?? EN;
  const { totals, top, labels, left } = distributionLayout(input);
  const shares = segmentShares(input, totals);
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: frameTitle(input.frame),
    legend: {
      top: frameHeight(input.frame),
      left: 0,
      right: 0,
      itemWidth: 14,
      itemHeight: 10,
      selectedMode: false,
      data: levels.map((l) => l.label),
    },
    // The label column sized here from the labels' widths: fitting the grid around them made
    // ECharts lay every label out twice on each redraw.
    grid: { top, left, right: GRID_RIGHT, bottom: GRID_BOTTOM, outerBoundsMode: 'none' },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const { seriesIndex = -1, dataIndex = -1 } = p as {
          seriesIndex?: number;
          dataIndex?: number;
        };
        const level = levels[seriesIndex];
        const bar = bars[dataIndex];
        const total = totals[dataIndex] ?? 0;
        if (!level || !bar) return '';
        const count = bar.counts[level.key] ?? 0;
        return [
          bar.label,
          tr.t(total > 0 ? 'charts.levelCountShare' : 'charts.levelCount', {
            level: level.label,
            part: formatCount(count, tr),
            whole: formatCount(total, tr),
            share: total > 0 ? formatPercent(count / total, tr) : '',
          }),
        ]
          .map(escapeHtml)
          .join('<br/>');
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: percentTick(tr) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels,
      axisTick: { show: false },
      triggerEvent: true,
      axisLabel: {
        interval: 0,
        fontSize: LABEL_SIZE,
        margin: LABEL_MARGIN,
        formatter: (text: string, i: number) =>
          bars[i]?.kind === 'member' ? text : `{ref|${text}}`,
        rich: { ref: { fontWeight: 'bold', color: '#374151', fontSize: LABEL_SIZE } },
      },
    },
    series: levels.map((l, s) => {
      // An empty segment is no value at all: ECharts then builds no bar (and no label) for it
      // instead of a zero-width one, and stacks the next level where this one would end.
      const data = shares[s] ?? [];
      const shown = withText && data.some((v) => v !== null && v >= LABEL_MIN);
      // A segment too narrow for its share turns its label off itself: ECharts then resolves
      // no label style for it on each redraw (an empty formatter result still costs that).
      const items = shown
        ? data.map((v) => (v !== null && v < LABEL_MIN ? { value: v, label: { show: false } } : v))
        : data;
      return {
        type: 'bar' as const,
        name: l.label,
        stack: 'levels',
        barWidth: 16,
        itemStyle: { color: l.colour },
        label: {
          // Only segments of 9% or more have room for their share; a level with none gets no
          // labels at all (fewer text elements to lay out on every filter change).
          show: shown,
          fontSize: SEGMENT_LABEL.fontSize,
          color: textOnFill(l.colour),
          formatter: (p: { value?: unknown }) => segmentText(Number(p.value), tr),
        },
        data: items,
      };
    }),
  };
}

const LABEL_SIZE = 11;
/** ECharts' default gap between an axis label and its axis. */
const LABEL_MARGIN = 8;

/** Width of the y-axis label column: the widest label (reference rows in bold) and its gap. */
function labelColumn(bars: readonly DistBar[], labels: readonly string[]): number {
  let widest = 0;
  labels.forEach((text, i) => {
    const font = labelFont(LABEL_SIZE, bars[i]?.kind !== 'member');
    widest = Math.max(widest, textWidth(text, font));
  });
  return Math.ceil(widest) + LABEL_MARGIN;
}

export function distributionHeight(input: DistributionInput): number {
  return (
    frameHeight(input.frame) + legendHeight(input.levels) + 8 + input.bars.length * BAR_ROW + 40
  );
}
