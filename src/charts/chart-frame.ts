import type { TitleComponentOption } from 'echarts/components';
import type { Switches } from '../metrics/switches';
import { EN, type Translator } from '../i18n/translator';
import { wrapText } from '../lib/text-wrap';
import { FONT } from './overview-bar.option';
import { SEQUENTIAL } from './palette';

export { FONT };

/**
 * What every chart says about itself, drawn into the chart (and so into its PNG and SVG):
 * the title, the dataset (and "simulated data"), the rules in force, and — in exports — the filter.
 */
export interface ChartFrame {
  title: string;
  lines: readonly string[];
  simulated: boolean;
}

export interface FrameInput {
  title: string;
  datasetName: string;
  simulated: boolean;
  switches: Switches;
  /** Which switch-controlled rules the figures depend on; null: counts of native labels, none. */
  rules: { ambition: boolean; stars: boolean } | null;
  /** More lines: era pooling, the filter (exports), … */
  extra?: readonly string[];
  /** The UI language (English when absent). */
  tr?: Translator;
}

const LINE = 16;
export const WRAP = 120;

export function datasetLine(name: string, simulated: boolean, tr: Translator = EN): string {
  return simulated ? tr.t('charts.simulatedLine', { name }) : name;
}

/** The rules in force, in words (named on every chart and in every export). */
export function rulesLine(s: Switches, rules: FrameInput['rules'], tr: Translator = EN): string {
  if (rules === null) return tr.t('charts.rulesNative');
  const parts = [tr.t(s.denominator === 'rated' ? 'charts.denomRated' : 'charts.denomAll')];
  if (rules.ambition) {
    const pre = tr.t(
      s.ambitionTransformativeOnly
        ? 'charts.ambitionPreTransformative'
        : 'charts.ambitionPreModerate',
    );
    const refresh = tr.t(
      s.ambitionIncludesModerate
        ? 'charts.ambitionRefreshModest'
        : 'charts.ambitionRefreshSubstantial',
    );
    parts.push(tr.t('charts.highAmbition', { pre, refresh }));
  }
  if (rules.stars)
    parts.push(tr.t(s.starRule === '2015' ? 'charts.stars2015' : 'charts.starsCurrent'));
  return tr.t('charts.rules', { parts: parts.join('; ') });
}

export function chartFrame(input: FrameInput): ChartFrame {
  const lines = [
    datasetLine(input.datasetName, input.simulated, input.tr),
    ...wrapText(rulesLine(input.switches, input.rules, input.tr), WRAP),
    ...(input.extra ?? []).flatMap((l) => wrapText(l, WRAP)),
  ];
  return { title: input.title, lines, simulated: input.simulated };
}

/** The same frame with more lines (exports add the filter in words). */
export function withLines(frame: ChartFrame, extra: readonly string[]): ChartFrame {
  return { ...frame, lines: [...frame.lines, ...extra.flatMap((l) => wrapText(l, WRAP))] };
}

export function frameTitle(frame: ChartFrame): TitleComponentOption {
  return {
    text: frame.title,
    subtext: frame.lines.join('\n'),
    left: 0,
    textStyle: { fontSize: 15, fontFamily: FONT },
    subtextStyle: {
      color: frame.simulated ? '#9a3412' : '#4b5563',
      lineHeight: LINE,
      fontSize: 12,
      fontFamily: FONT,
    },
  };
}

/** Where the plot can start below the frame's text. */
export function frameHeight(frame: ChartFrame): number {
  return 34 + frame.lines.length * LINE + 10;
}

const STOPS = SEQUENTIAL;

function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa
    .map((v, i) =>
      Math.round(v + ((pb[i] ?? v) - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Sequential blue for a share in [0, 1]. */
export function shareColour(share: number): string {
  const x = Math.min(1, Math.max(0, share)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  return mix(STOPS[i]!, STOPS[i + 1]!, x - i);
}

/** Text that stays readable on shareColour(share). */
export function textOn(share: number): string {
  return share > 0.55 ? '#ffffff' : '#111827';
}

/** Black or white text, whichever reads better on a #rrggbb fill (WCAG relative luminance). */
export function textOnFill(hex: string): string {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
  return l > 0.22 ? '#111827' : '#ffffff';
}

export const MUTED_FILL = '#f3f4f6';
export const MUTED_TEXT = '#6b7280';
