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
    label: 'Verifiable',
    description: 'Verifiable = Yes, or (pre-2020) Specificity Medium or High',
    expression: () => 'h_verifiable',
  },
  {
    id: 'relevant',
    label: 'Relevant to OGP values',
    description:
      "OGP's _Relevant, or a value flag for access to information, civic participation or public accountability",
    expression: () => 'h_relevant',
  },
  {
    id: 'ambition_high',
    label: 'High ambition',
    description:
      'pre-2020: Potential Impact Moderate/Transformative and relevant; refresh: Potential for Results Substantial and relevant',
    expression: (s) =>
      `CASE WHEN era = 'pre2020' AND ${sqlBool(s.ambitionTransformativeOnly)} THEN h_ambition_high_alt ` +
      `WHEN era = 'refresh' AND ${sqlBool(s.ambitionIncludesModerate)} THEN h_ambition_high_alt ` +
      'ELSE h_ambition_high END',
  },
  {
    id: 'high_completion',
    label: 'High completion',
    description: 'Completion Substantial or Complete (end of term, else mid-term)',
    expression: () => 'h_high_completion',
  },
  {
    id: 'strong_results',
    label: 'Strong results',
    description: 'Early Results Significant/Outstanding, or DIOG Major/Outstanding',
    expression: () => 'h_strong_results',
  },
  {
    id: 'starred',
    label: 'Starred',
    description: "OGP's star (current formula, end of term, else mid-term; or the 2015-only rule)",
    expression: (s) => (s.starRule === '2015' ? 'h_starred_2015' : 'h_starred'),
  },
  {
    id: 'promising',
    label: 'Promising',
    description: 'Refresh-era promising commitment (pre-2020 rows: not applicable)',
    expression: () => 'h_promising',
  },
];

export const METRIC_IDS = METRICS.map((m) => m.id);

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
