/** Types and constructors of the page-label vocabulary (labels.ts). */
export type LabelId =
  // commitment pages
  | 'action_plan'
  | 'cycle'
  | 'status'
  | 'lead_institutions'
  | 'supporting_institutions'
  | 'policy_areas'
  | 'irm_reports'
  | 'early_results'
  | 'verifiable'
  | 'relevant'
  | 'ambition'
  | 'potential_results'
  | 'potential_impact'
  | 'specificity'
  | 'completion'
  | 'completion_midterm'
  | 'completion_eot'
  | 'diog_overall'
  | 'diog_ati'
  | 'diog_cp'
  | 'diog_pa'
  | 'carried_forward'
  | 'start_date'
  | 'end_date'
  | 'starred'
  | 'promising'
  // action-plan pages
  | 'plan_submission'
  | 'plan_end'
  | 'duration'
  | 'date_submitted'
  // headings
  | 'diog'
  | 'section'
  | 'body'
  | 'chrome';

export interface LabelDef {
  id: LabelId;
  role: 'field' | 'section';
  en: string[];
  fr: string[];
  es: string[];
}

export const field = (id: LabelId, en: string[], fr: string[], es: string[]): LabelDef => ({
  id,
  role: 'field',
  en,
  fr,
  es,
});
export const section = (id: LabelId, en: string[], fr: string[], es: string[]): LabelDef => ({
  id,
  role: 'section',
  en,
  fr,
  es,
});
