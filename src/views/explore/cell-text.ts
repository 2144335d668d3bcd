import type { ExploreColumn } from '../../queries/explore-columns';
import { STATE_LABELS, type RatingState } from '../../vocab';

const YES_NO: Record<string, string> = { yes: 'Yes', no: 'No' };

/** Short forms for narrow table cells; the full label is the cell's title. */
const SHORT_STATE: Record<RatingState, string> = {
  pending_irm: 'pending',
  no_data: 'not assessed',
  not_reviewed: 'not reviewed',
  not_applicable: 'n/a',
  missing: 'missing',
};

const isState = (v: string): v is RatingState => v in STATE_LABELS;

/** A harmonised value or a state as words: 'yes' → "Yes", 'pending_irm' → "Pending IRM review". */
export function harmonisedText(value: string): string {
  return YES_NO[value] ?? (isState(value) ? STATE_LABELS[value] : value);
}

export interface CellText {
  text: string;
  /** The long form, when `text` is abbreviated. */
  title?: string;
  /** A state or a blank, not a value: shown muted. */
  muted: boolean;
}

/** What an Explore cell shows: blanks as an em dash, harmonised codes as words. */
export function cellText(column: Pick<ExploreColumn, 'group'>, value: unknown): CellText {
  if (value === null || value === undefined || value === '') return { text: '—', muted: true };
  const text = String(value);
  if (column.group !== 'harmonised') return { text, muted: false };
  if (isState(text)) return { text: SHORT_STATE[text], title: STATE_LABELS[text], muted: true };
  return { text: harmonisedText(text), muted: false };
}
