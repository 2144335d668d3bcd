import type { ExploreColumn } from '../../queries/explore-columns';
import { EN, type Translator } from '../../i18n/translator';
import { STATE_LABELS, stateLabel, type RatingState } from '../../vocab';

const isState = (v: string): v is RatingState => v in STATE_LABELS;

/** A harmonised value or a state as words: 'yes' → "Yes", 'pending_irm' → "Pending IRM review". */
export function harmonisedText(value: string, tr: Translator = EN): string {
  if (value === 'yes' || value === 'no') return tr.t(`explore.${value}`);
  return isState(value) ? stateLabel(value, tr.lang) : value;
}

export interface CellText {
  text: string;
  /** The long form, when `text` is abbreviated. */
  title?: string;
  /** A state or a blank, not a value: shown muted. */
  muted: boolean;
}

/** What an Explore cell shows: blanks as an em dash, harmonised codes as words. */
export function cellText(
  column: Pick<ExploreColumn, 'group'>,
  value: unknown,
  tr: Translator = EN,
): CellText {
  if (value === null || value === undefined || value === '') return { text: '—', muted: true };
  const text = String(value);
  if (column.group !== 'harmonised') return { text, muted: false };
  // Short forms for narrow table cells; the full label is the cell's title.
  if (isState(text))
    return { text: tr.t(`explore.short_${text}`), title: stateLabel(text, tr.lang), muted: true };
  return { text: harmonisedText(text, tr), muted: false };
}
