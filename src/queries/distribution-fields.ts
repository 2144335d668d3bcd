import { EN, type Translator } from '../i18n/translator';
import { SCALES, STATES, ratingLabel, stateLabel, type RatingState, type ScaleId } from '../vocab';

/** Native rating sources: code and level columns of `commitments` (fixed names, never input). */
const SOURCES = {
  completion: {
    label: 'Completion',
    scale: 'completion',
    code: 'h_completion_final',
    ord: 'h_completion_ord',
    highFrom: 4,
  },
  potential_impact: {
    label: 'Potential impact',
    scale: 'potential_impact',
    code: 'potential_impact_code',
    ord: 'potential_impact_ord',
    highFrom: 2,
  },
  potential_results: {
    label: 'Potential for results',
    scale: 'potential_results',
    code: 'potential_results_code',
    ord: 'potential_results_ord',
    highFrom: 2,
  },
  specificity: {
    label: 'Specificity',
    scale: 'specificity',
    code: 'specificity_code',
    ord: 'specificity_ord',
    highFrom: 2,
  },
  verifiable: {
    label: 'Verifiable',
    scale: 'yes_no',
    code: 'verifiable_code',
    ord: 'verifiable_ord',
    highFrom: 1,
  },
  diog_overall: {
    label: 'Did it open government',
    scale: 'diog',
    code: 'diog_overall_code',
    ord: 'diog_overall_ord',
    highFrom: 3,
  },
  early_results: {
    label: 'Early results',
    scale: 'early_results',
    code: 'early_results_code',
    ord: 'early_results_ord',
    highFrom: 2,
  },
} as const satisfies Record<
  string,
  { label: string; scale: ScaleId; code: string; ord: string; highFrom: number }
>;
type SourceId = keyof typeof SOURCES;

/**
 * The distribution fields: per era, the native fields in the order they are read. The first that
 * holds a rating gives the level; if none does, the era's own field gives the state (pending, no
 * IRM data, …). Levels of different scales are never merged: "Potential impact: Moderate" and
 * "Potential for results: Modest" stay separate segments.
 */
export const DIST_FIELDS = {
  completion: { label: 'Completion', pre2020: ['completion'], refresh: ['completion'] },
  design: {
    label: 'Potential impact / potential for results',
    pre2020: ['potential_impact', 'potential_results'],
    refresh: ['potential_results', 'potential_impact'],
  },
  specificity: {
    label: 'Specificity / verifiable',
    pre2020: ['specificity', 'verifiable'],
    refresh: ['verifiable', 'specificity'],
  },
  results: {
    label: 'Did it open government / early results',
    pre2020: ['diog_overall', 'early_results'],
    refresh: ['early_results', 'diog_overall'],
  },
} as const satisfies Record<
  string,
  { label: string; pre2020: readonly SourceId[]; refresh: readonly SourceId[] }
>;
export type DistField = keyof typeof DIST_FIELDS;
export const DIST_FIELD_IDS = Object.keys(DIST_FIELDS) as DistField[];

export interface Level {
  /** `<source>:<code>` for a rating, `state:<state>` for a state. */
  key: string;
  label: string;
  /** The scale's source (ratings) or null (states). */
  source: SourceId | null;
  ord: number;
  /** Counts towards the "high" share used to sort (e.g. Substantial or Complete). */
  high: boolean;
  state: RatingState | null;
}

/** A distribution field's name in the UI language. */
export function distFieldLabel(field: DistField, tr: Translator = EN): string {
  return tr.t(`metrics.field_${field}`);
}

/** Every level a field can show, rating levels low → high per source, then the states. */
export function fieldLevels(field: DistField, tr: Translator = EN): Level[] {
  const f = DIST_FIELDS[field];
  const sources = [...new Set<SourceId>([...f.pre2020, ...f.refresh])];
  const ratings = sources.flatMap((id) => {
    const s = SOURCES[id];
    const source = tr.t(`metrics.source_${id}`);
    return SCALES[s.scale].map((l) => ({
      key: `${id}:${l.code}`,
      label:
        sources.length > 1
          ? tr.t('format.pair', { label: source, value: ratingLabel(s.scale, l.code, tr.lang) })
          : ratingLabel(s.scale, l.code, tr.lang),
      source: id,
      ord: l.ord,
      high: l.ord >= s.highFrom,
      state: null,
    }));
  });
  const states = STATES.map((st) => ({
    key: `state:${st}`,
    label: stateLabel(st, tr.lang),
    source: null,
    ord: -1,
    high: false,
    state: st,
  }));
  return [...ratings, ...states];
}

function chain(list: readonly SourceId[]): string {
  const [first] = list;
  const whens = list.map(
    (id) => `WHEN ${SOURCES[id].ord} IS NOT NULL THEN '${id}:' || ${SOURCES[id].code}`,
  );
  const state = first ? `coalesce(${SOURCES[first].code}, 'missing')` : "'missing'";
  return `CASE ${whens.join(' ')} ELSE 'state:' || ${state} END`;
}

/** SQL for a commitment's level on the field (fixed text built from the tables above). */
export function levelExpression(field: DistField): string {
  const f = DIST_FIELDS[field];
  return `CASE WHEN era = 'pre2020' THEN ${chain(f.pre2020)} ELSE ${chain(f.refresh)} END`;
}
