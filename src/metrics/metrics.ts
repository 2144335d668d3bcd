import { EN, type Translator } from '../i18n/translator';
import { en as TEXT } from '../i18n/messages/metrics';
import { sqlBool } from '../lib/sql-quote';
import type { Switches } from './switches';
import { wilson } from './wilson';

export type MetricId =
  | 'verifiable'
  | 'relevant'
  | 'ambition_high'
  | 'high_completion'
  | 'strong_results'
  | 'starred'
  | 'promising';

export interface MetricDefinition {
  id: MetricId;
  label: string;
  /** What counts in the numerator; the denominator is every rated commitment (yes or no). */
  description: string;
  /** SQL expression over `commitments` giving 'yes' | 'no' | a state, under the switches. */
  expression: (s: Switches) => string;
}

/**
 * The single definition of every metric. Numerator: harmonised value 'yes'. Denominator: 'yes'
 * or 'no' — pending IRM review, not assessed, not reviewed, not applicable and missing are
 * excluded — or, with the "all commitments" switch, every commitment (OGP's own convention).
 */
export const METRICS: MetricDefinition[] = [
  {
    id: 'verifiable',
    label: TEXT.label_verifiable,
    description: TEXT.desc_verifiable,
    expression: () => 'h_verifiable',
  },
  {
    id: 'relevant',
    label: TEXT.label_relevant,
    description: TEXT.desc_relevant,
    expression: () => 'h_relevant',
  },
  {
    id: 'ambition_high',
    label: TEXT.label_ambition_high,
    description: TEXT.desc_ambition_high,
    expression: (s) =>
      `CASE WHEN era = 'pre2020' AND ${sqlBool(s.ambitionTransformativeOnly)} THEN h_ambition_high_alt ` +
      `WHEN era = 'refresh' AND ${sqlBool(s.ambitionIncludesModerate)} THEN h_ambition_high_alt ` +
      'ELSE h_ambition_high END',
  },
  {
    id: 'high_completion',
    label: TEXT.label_high_completion,
    description: TEXT.desc_high_completion,
    expression: () => 'h_high_completion',
  },
  {
    id: 'strong_results',
    label: TEXT.label_strong_results,
    description: TEXT.desc_strong_results,
    expression: () => 'h_strong_results',
  },
  {
    id: 'starred',
    label: TEXT.label_starred,
    description: TEXT.desc_starred,
    expression: (s) => (s.starRule === '2015' ? 'h_starred_2015' : 'h_starred'),
  },
  {
    id: 'promising',
    label: TEXT.label_promising,
    description: TEXT.desc_promising,
    expression: () => 'h_promising',
  },
];

export const METRIC_IDS = METRICS.map((m) => m.id);

/** A metric's name in the UI language (English: METRICS[i].label). */
export function metricLabel(id: MetricId, tr: Translator = EN): string {
  return tr.t(`metrics.label_${id}`);
}

/** What a metric counts, in the UI language. */
export function metricDescription(id: MetricId, tr: Translator = EN): string {
  return tr.t(`metrics.desc_${id}`);
}

export interface MetricValue {
  yes: number;
  n: number;
  share: number | null;
  ci95: [number, number] | null;
}

export function metricValue(yes: number, n: number): MetricValue {
  return { yes, n, share: n > 0 ? yes / n : null, ci95: wilson(yes, n) };
}

/** Shares on small n are flagged in every view. */
export const SMALL_N = 5;
