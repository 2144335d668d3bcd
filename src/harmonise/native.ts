import type { RatingState } from '../vocab';

/** One native rating as loaded: the raw text, and the code within its scale or a state. */
export interface NativeRating {
  raw: string;
  /** A rating level's code (e.g. "moderate") or a state (e.g. "pending_irm"). */
  code: string;
  /** Level within the scale; null for states. */
  ord: number | null;
}

export function isRating(r: NativeRating | undefined): r is NativeRating & { ord: number } {
  return r !== undefined && r.ord !== null;
}

/** When several sources are all states, the most informative one is reported. */
const STATE_PRECEDENCE: RatingState[] = [
  'pending_irm',
  'missing',
  'not_reviewed',
  'not_applicable',
  'no_data',
];

export function strongestState(...ratings: (NativeRating | undefined)[]): RatingState {
  const codes = new Set(ratings.map((r) => r?.code));
  return STATE_PRECEDENCE.find((s) => codes.has(s)) ?? 'no_data';
}

export type Era = 'pre2020' | 'refresh';

/** A harmonised value: yes / no, or the state that stands in for a rating. */
export type YesNoOrState = 'yes' | 'no' | RatingState;

export interface Harmonised {
  value: YesNoOrState;
  rule: string;
}
