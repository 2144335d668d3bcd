import type { Switches } from '../../metrics';
import { RATING_FIELDS, type RatingFieldId } from '../../model/rating-fields';
import type { CommitmentDetail } from '../../queries/commitment';
import type { MessageId } from '../../i18n/catalog';
import { EN, type Translator } from '../../i18n/translator';
import { STATE_LABELS, ratingLabel } from '../../vocab';
import { harmonisedText } from '../explore/cell-text';

/** A native rating as loaded: raw label, its code within its own scale, what the code means. */
export interface NativeRow {
  id: RatingFieldId;
  label: string;
  raw: string | null;
  code: string | null;
  meaning: string;
}

/** A harmonised value, the rule that produced it, and the native ratings it reads. */
export interface HarmonisedRow {
  id: string;
  label: string;
  value: string | null;
  valueText: string;
  rule: string | null;
  /** The switches in force use this value (the other variant is shown for comparison). */
  inForce: boolean;
  inputs: NativeRow[];
}

const text = (row: CommitmentDetail, col: string): string | null => {
  const v = row[col];
  return v === null || v === undefined ? null : String(v);
};

export function nativeRow(
  row: CommitmentDetail,
  id: RatingFieldId,
  tr: Translator = EN,
): NativeRow {
  const field = RATING_FIELDS.find((f) => f.id === id);
  if (!field) throw new Error(`unknown rating field ${id}`);
  const code = text(row, `${id}_code`);
  const meaning =
    code === null
      ? tr.t('commitment.notInFile')
      : code === 'diog_label'
        ? tr.t('commitment.diogLabel')
        : ratingLabel(field.scale, code, tr.lang);
  const label = tr.t(`explore.field_${id}` as MessageId);
  return { id, label, raw: text(row, `${id}_raw`), code, meaning };
}

interface Spec {
  id: string;
  label: string;
  inputs: RatingFieldId[];
  /** The rule column when it is not `h_<id>_rule`. */
  rule?: string;
}

const AMBITION: RatingFieldId[] = ['potential_impact', 'potential_results', 'ambition'];
const COMPLETION: RatingFieldId[] = ['completion_eot', 'completion_midterm'];
const RESULTS: RatingFieldId[] = ['early_results', 'diog_overall'];

/** Every harmonised column of `commitments`, in reading order, with the ratings it reads. */
const SPECS: Spec[] = [
  { id: 'verifiable', label: 'Verifiable', inputs: ['verifiable', 'specificity'] },
  { id: 'relevant', label: 'Relevant to OGP values', inputs: ['relevant'] },
  { id: 'ambition_high', label: 'High ambition (default rule)', inputs: AMBITION },
  { id: 'ambition_high_alt', label: 'High ambition (switch rule)', inputs: AMBITION },
  {
    id: 'completion_final',
    label: 'Completion (final)',
    inputs: COMPLETION,
    rule: 'h_completion_rule',
  },
  { id: 'high_completion', label: 'High completion', inputs: COMPLETION },
  { id: 'results_level', label: 'Results level (−1..3)', inputs: RESULTS, rule: 'h_results_rule' },
  { id: 'strong_results', label: 'Strong results', inputs: RESULTS },
  { id: 'starred', label: 'Starred (current formula)', inputs: ['starred', 'starred_midterm'] },
  { id: 'starred_2015', label: 'Starred (2015-only rule)', inputs: ['starred_2015'] },
  { id: 'promising', label: 'Promising', inputs: ['promising'] },
];

/** Whether the switches in force use this harmonised value for this commitment's era. */
function inForce(id: string, s: Switches, era: string | null): boolean {
  const alt =
    (era === 'pre2020' && s.ambitionTransformativeOnly) ||
    (era === 'refresh' && s.ambitionIncludesModerate);
  if (id === 'ambition_high') return !alt;
  if (id === 'ambition_high_alt') return alt;
  if (id === 'starred') return s.starRule === 'current';
  if (id === 'starred_2015') return s.starRule === '2015';
  return true;
}

function valueText(id: string, value: string | null, tr: Translator): string {
  if (value === null) return '—';
  if (id === 'completion_final' && !(value in STATE_LABELS))
    return ratingLabel('completion', value, tr.lang);
  return harmonisedText(value, tr);
}

/** Every harmonised value with its inputs, then the native ratings no harmonised value reads. */
export function ratingRows(row: CommitmentDetail, switches: Switches, tr: Translator = EN) {
  const era = text(row, 'era');
  const harmonised: HarmonisedRow[] = SPECS.map((spec) => {
    const value =
      spec.id === 'results_level'
        ? (text(row, 'h_results_level') ?? text(row, 'h_results_state'))
        : text(row, `h_${spec.id}`);
    return {
      id: spec.id,
      label: tr.t(`commitment.s_${spec.id}` as MessageId),
      value,
      valueText: valueText(spec.id, value, tr),
      rule: text(row, spec.rule ?? `h_${spec.id}_rule`),
      inForce: inForce(spec.id, switches, era),
      inputs: spec.inputs.map((i) => nativeRow(row, i, tr)).filter((n) => n.code !== null),
    };
  });
  const used = new Set(SPECS.flatMap((spec) => spec.inputs));
  const other = RATING_FIELDS.filter((f) => !used.has(f.id))
    .map((f) => nativeRow(row, f.id, tr))
    .filter((n) => n.code !== null);
  return { harmonised, other };
}
