/** Is the page a commitment page, an action-plan page, or neither (a blog post, a news item…)? */
import { fold } from './fold';
import type { LabelId } from './labels';
import type { PageLine } from './segment';
import type { PageKind } from './types';

/** How far down the page the title is looked for. */
const HEAD_LINES = 12;
export const COMMITMENT_ID = /\(\s*([A-Z]{2,4}\d{4})\s*\)/;
const PLAN_TITLE = /^(plan d'action|action plan|plan de accion)\s*[-–—:]\s*\S.*\d{4}/;

const COMMITMENT_FIELDS = new Set<LabelId>([
  'action_plan',
  'cycle',
  'lead_institutions',
  'supporting_institutions',
  'policy_areas',
  'irm_reports',
  'early_results',
  'verifiable',
  'relevant',
  'ambition',
  'potential_results',
  'potential_impact',
  'specificity',
  'completion',
  'completion_midterm',
  'completion_eot',
]);
const PLAN_FIELDS = new Set<LabelId>(['plan_submission', 'plan_end', 'duration', 'date_submitted']);

export interface KindDecision {
  kind: PageKind;
  /** index of the title line */
  titleLine: number | null;
  message?: string;
}

export function detectKind(lines: PageLine[]): KindDecision {
  const head = lines.filter((l) => l.label?.def.id !== 'chrome').slice(0, HEAD_LINES);
  const idLine = head.find((l) => l.label === null && COMMITMENT_ID.test(l.text));
  const planTitle = head.find((l) => l.label === null && PLAN_TITLE.test(fold(l.text)));
  const count = (set: Set<LabelId>) =>
    new Set(lines.filter((l) => l.label && set.has(l.label.def.id)).map((l) => l.label?.def.id))
      .size;
  const commitmentFields = count(COMMITMENT_FIELDS);
  const planFields = count(PLAN_FIELDS);
  if (idLine && commitmentFields >= 2) return { kind: 'commitment', titleLine: idLine.index };
  if (!idLine && (planTitle || planFields >= 2) && planFields + commitmentFields >= 2)
    return { kind: 'action_plan', titleLine: planTitle?.index ?? null };
  const found: string[] = [];
  if (idLine) found.push(`a commitment identifier in "${idLine.text.slice(0, 80)}"`);
  if (planTitle) found.push(`an action-plan title "${planTitle.text.slice(0, 80)}"`);
  found.push(`${commitmentFields + planFields} field label(s)`);
  return {
    kind: 'unrecognised',
    titleLine: null,
    message:
      'Not an OGP commitment page or action-plan page: a commitment page has a title ending in ' +
      'its identifier, e.g. "(CO0111)", and rating fields (Verifiable, Ambition, Completion…); an ' +
      'action-plan page has a title such as "Action Plan – Bogotá, Colombia, 2021 – 2023" and ' +
      `submission and end dates. Found ${found.join(', ')}. Nothing was imported.`,
  };
}
