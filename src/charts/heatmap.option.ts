import type { HeatmapSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { EN, type Translator } from '../i18n/translator';
import { clip } from '../lib/text-wrap';
import type { ChartLabel, LabelFont } from './chart-labels';
import { fitText, labelFont, textWidth } from './text-width';
import { escapeHtml, formatCount, formatInterval, formatPercent, formatShare } from '../lib/format';
import type { MetricValue } from '../metrics';
import {
  FONT,
  MUTED_FILL,
  MUTED_TEXT,
  frameHeight,
  frameTitle,
  shareColour,
  textOn,
  type ChartFrame,
} from './chart-frame';

export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TitleComponentOption | TooltipComponentOption
>;

export interface HeatCell {
  value: MetricValue;
  /** The plan cycle behind a member's cell ("2016-2018"). */
  cycle?: string | null;
  /** Reference figures for the tooltip ("Europe, plans starting 2016: 58% (n=212)"). */
  references?: readonly { label: string; value: MetricValue | undefined }[];
}

export interface HeatRow {
  key: string;
  label: string;
  kind: 'global' | 'region' | 'member';
  member: string | null;
  region: string | null;
  cells: Readonly<Partial<Record<string, HeatCell>>>;
}

export interface HeatColumn {
  key: string;
  label: string;
  kind: 'year' | 'summary';
}

export interface HeatmapInput {
  frame: ChartFrame;
  metricLabel: string;
  rows: readonly HeatRow[];
  columns: readonly HeatColumn[];
  smallN: number;
  /** The UI language (English when absent). */
  tr?: Translator;
}

export interface HeatItem {
  row: HeatRow;
  column: HeatColumn;
  cell: HeatCell;
  small: boolean;
  label: string;
}

export const ROW_HEIGHT = 26;
const GAP = '__gap__';

/** The drawn cells, in series order (the click handler maps dataIndex back to these). */
export function heatmapItems(input: HeatmapInput): HeatItem[] {
  const tr = input.tr ?? EN;
  const items: HeatItem[] = [];
  for (const row of input.rows) {
    for (const column of input.columns) {
      const cell = row.cells[column.key];
      if (!cell) continue;
      const { share, n } = cell.value;
      const small = n > 0 && n < input.smallN;
      const label =
        share === null
          ? `–\nn=${formatCount(n, tr)}`
          : `${formatPercent(share, tr)}${small ? '*' : ''}\nn=${formatCount(n, tr)}`;
      items.push({ row, column, cell, small, label });
    }
  }
  return items;
}

/** A cell's tooltip lines, built on hover only (formatting every cell up front is slow). */
export function heatmapTooltip(
  it: HeatItem,
  input: Pick<HeatmapInput, 'metricLabel' | 'smallN' | 'tr'>,
) {
  const tr = input.tr ?? EN;
  const { share, n, yes, ci95 } = it.cell.value;
  const metric = input.metricLabel;
  return [
    `${it.row.label} — ${it.cell.cycle ? tr.t('charts.cycle', { cycle: it.cell.cycle }) : it.column.label}`,
    n > 0
      ? tr.t('charts.metricShareOf', {
          metric,
          share: formatShare(share, n, tr),
          part: formatCount(yes, tr),
          whole: formatCount(n, tr),
        })
      : tr.t('charts.metricShare', { metric, share: formatShare(share, n, tr) }),
    ci95
      ? tr.t('charts.intervalLine', { interval: formatInterval(ci95, tr) })
      : tr.t('format.noInterval'),
    ...(it.small ? [tr.t('charts.smallNCare', { n: input.smallN })] : []),
    ...(it.cell.references ?? []).map((r) =>
      tr.t('charts.refLine', {
        label: r.label,
        share: r.value ? formatShare(r.value.share, r.value.n, tr) : tr.t('charts.noCommitments'),
      }),
    ),
  ];
}

/** How a group of cells is drawn: one series each, so labels stay plain (rich text is slow). */
const TONES = [
  { id: 'dark', text: '#111827', border: '#ffffff', dashed: false },
  { id: 'light', text: '#ffffff', border: '#ffffff', dashed: false },
  { id: 'unrated', text: MUTED_TEXT, border: '#ffffff', dashed: false },
  { id: 'small', text: MUTED_TEXT, border: '#9ca3af', dashed: true },
] as const;

function toneOf(it: HeatItem): number {
  if (it.small) return 3;
  const share = it.cell.value.share;
  if (share === null) return 2;
  return textOn(share) === '#ffffff' ? 1 : 0;
}

/** Cells grouped by series (dark text, light text, nothing rated, small n), in series order. */
export function heatmapSeriesItems(items: readonly HeatItem[]): HeatItem[][] {
  const out: HeatItem[][] = TONES.map(() => []);
  for (const it of items) out[toneOf(it)]?.push(it);
  return out;
}

export interface HeatmapLayout {
  rowKeys: string[];
  colKeys: string[];
  top: number;
  left: number;
  right: number;
  bottom: number;
  height: number;
}

/** The column labels' size: the cells' own, so that years stay apart in a narrow chart. */
export const COLUMN_LABEL_SIZE = 10;
/** Half the narrowest column the heatmap is drawn with (a 720 px export, or a phone). */
const HALF_NARROW_COLUMN = 12;

/**
 * Fixed geometry (no label containment): every row is ROW_HEIGHT px, the plot starts `top` px
 * below the chart's top edge and `left` px from its left edge — so a row's position is known.
 * An empty column sits before each era summary column, so that their labels ("ant. 2020",
 * "Refresh") do not run into each other or into the years; the right margin lets the last
 * label ("Tous les cycles") stand beyond its column without being cut at the chart's edge.
 */
export function heatmapLayout(input: HeatmapInput): HeatmapLayout {
  const rowKeys = input.rows.map((r) => r.key);
  const firstMember = input.rows.findIndex((r) => r.kind === 'member');
  if (firstMember > 0) rowKeys.splice(firstMember, 0, GAP);
  const colKeys: string[] = [];
  input.columns.forEach((c, i) => {
    if (c.kind === 'summary' && i > 0) colKeys.push(colKeys.includes(GAP) ? `${GAP}${i}` : GAP);
    colKeys.push(c.key);
  });
  const last = input.columns.at(-1)?.label ?? '';
  const right = Math.max(
    8,
    Math.ceil(textWidth(last, labelFont(COLUMN_LABEL_SIZE)) / 2) - HALF_NARROW_COLUMN,
  );
  const top = frameHeight(input.frame) + 26;
  const bottom = 8;
  return {
    rowKeys,
    colKeys,
    top,
    left: LABEL_WIDTH + 14,
    right,
    bottom,
    height: top + bottom + rowKeys.length * ROW_HEIGHT,
  };
}

const LABEL_WIDTH = 230;
const LABEL_SIZE = 11;

/** A row's axis label, shortened to fit the label column (reference rows in bold). */
function rowLabelText(r: HeatRow): string {
  const member = r.kind === 'member';
  const text = fitText(clip(r.label, 36), LABEL_WIDTH, labelFont(LABEL_SIZE, !member));
  return member ? text : `{ref|${text}}`;
}

/** The cells' label text: 10 px, two lines of 11 px, centred in the cell. */
export const CELL_LABEL: LabelFont = { fontSize: 10, lineHeight: 11 };

/**
 * The cells' labels where ECharts centres them (category bands of equal width across the grid,
 * rows of ROW_HEIGHT) in a chart `width` px wide, for the screen's LabelLayer (chart-labels.ts).
 */
export function cellLabels(
  input: HeatmapInput,
  width: number,
  items = heatmapItems(input),
): ChartLabel[] {
  const { rowKeys, colKeys, top, left, right } = heatmapLayout(input);
  const band = Math.max(0, width - left - right) / Math.max(1, colKeys.length);
  const col = new Map(colKeys.map((k, i) => [k, i]));
  const row = new Map(rowKeys.map((k, i) => [k, i]));
  return items.map((it) => ({
    x: left + ((col.get(it.column.key) ?? 0) + 0.5) * band,
    y: top + ((row.get(it.row.key) ?? 0) + 0.5) * ROW_HEIGHT,
    lines: it.label.split('\n'),
    colour: (TONES[toneOf(it)] ?? TONES[0]).text,
  }));
}

/**
 * Members (and reference rows) × plan cycles; every cell shows its share and n. `cellText:
 * false` leaves the cells' labels to the caller (the screen draws them with cellLabels); exports
 * keep ECharts' own.
 */
export function heatmapOption(
  input: HeatmapInput,
  items = heatmapItems(input),
  { cellText = true }: { cellText?: boolean } = {},
): HeatmapOption {
  const { rowKeys, colKeys, top, left, right, bottom } = heatmapLayout(input);
  const rowText = new Map(input.rows.map((r) => [r.key, rowLabelText(r)]));
  const colLabel = new Map(input.columns.map((c) => [c.key, c.label]));
  const bySeries = heatmapSeriesItems(items);
  const tr = input.tr ?? EN;
  const col = new Map(colKeys.map((k, i) => [k, i]));
  const row = new Map(rowKeys.map((k, i) => [k, i]));
  // Series-level callbacks over plain arrays: per-item option objects make ECharts build a model
  // per cell, which costs more than everything else on a filter change.
  const series = bySeries.map((list, s): HeatmapSeriesOption => {
    const tone = TONES[s] ?? TONES[0];
    const fills = list.map((it) =>
      it.cell.value.share === null || it.small ? MUTED_FILL : shareColour(it.cell.value.share),
    );
    return {
      type: 'heatmap',
      name:
        tone.id === 'small'
          ? tr.t('charts.metricSmallN', { metric: input.metricLabel })
          : input.metricLabel,
      data: list.map((it) => [
        col.get(it.column.key) ?? 0,
        row.get(it.row.key) ?? 0,
        it.cell.value.share === null ? 0 : Math.round(it.cell.value.share * 1000) / 10,
      ]),
      itemStyle: {
        color: (p: { dataIndex: number }) => fills[p.dataIndex] ?? MUTED_FILL,
        borderColor: tone.border,
        borderWidth: 1,
        borderType: tone.dashed ? 'dashed' : 'solid',
      } as HeatmapSeriesOption['itemStyle'],
      label: {
        show: cellText,
        color: tone.text,
        ...CELL_LABEL,
        formatter: (p: { dataIndex: number }) => list[p.dataIndex]?.label ?? '',
      },
      emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 1.5 } },
      tooltip: {
        formatter: (p) => {
          const item = list[(p as { dataIndex: number }).dataIndex];
          return item ? heatmapTooltip(item, input).map(escapeHtml).join('<br/>') : '';
        },
      },
      progressive: 0,
    };
  });
  return {
    textStyle: { fontFamily: FONT },
    animation: false,
    title: frameTitle(input.frame),
    // Exactly the geometry of heatmapLayout (the card publishes it): no fitting around labels.
    grid: { top, left, right, bottom, outerBoundsMode: 'none' },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'category',
      position: 'top',
      data: colKeys,
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
      triggerEvent: true,
      axisLabel: {
        interval: 0,
        formatter: (k: string) => colLabel.get(k) ?? '',
        fontSize: COLUMN_LABEL_SIZE,
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rowKeys,
      axisTick: { show: false },
      axisLine: { show: false },
      triggerEvent: true,
      axisLabel: {
        interval: 0,
        fontSize: LABEL_SIZE,
        formatter: (k: string) => rowText.get(k) ?? '',
        rich: { ref: { fontWeight: 'bold', color: '#374151', fontSize: LABEL_SIZE } },
      },
    },
    series,
  };
}

/** Pixel height: fixed rows, the chart grows with them and the page scrolls. */
export function heatmapHeight(input: HeatmapInput): number {
  return heatmapLayout(input).height;
}
