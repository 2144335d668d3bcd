import type { ScaleId } from '../vocab';

/**
 * Every native IRM rating a commitment can carry, the scale its labels belong to, and the IRM
 * product that rates it (which decides when a blank becomes "pending IRM review").
 */
export interface RatingField {
  id: string;
  scale: ScaleId;
  product: 'design' | 'implementation';
  label: string;
}

export const RATING_FIELDS = [
  { id: 'specificity', scale: 'specificity', product: 'design', label: 'Specificity' },
  { id: 'verifiable', scale: 'yes_no', product: 'design', label: 'Verifiable' },
  { id: 'relevant', scale: 'yes_no', product: 'design', label: 'Relevant to OGP values' },
  {
    id: 'potential_impact',
    scale: 'potential_impact',
    product: 'design',
    label: 'Potential impact',
  },
  {
    id: 'potential_results',
    scale: 'potential_results',
    product: 'design',
    label: 'Potential for results',
  },
  { id: 'ambition', scale: 'ambition', product: 'design', label: 'Ambition (as printed)' },
  { id: 'promising', scale: 'yes_no', product: 'design', label: 'Promising' },
  {
    id: 'completion_midterm',
    scale: 'completion',
    product: 'implementation',
    label: 'Completion (mid-term)',
  },
  {
    id: 'completion_eot',
    scale: 'completion',
    product: 'implementation',
    label: 'Completion (end of term)',
  },
  {
    id: 'diog_overall',
    scale: 'diog',
    product: 'implementation',
    label: 'Did it open government (overall)',
  },
  {
    id: 'diog_ati',
    scale: 'diog',
    product: 'implementation',
    label: 'DIOG: access to information',
  },
  { id: 'diog_cp', scale: 'diog', product: 'implementation', label: 'DIOG: civic participation' },
  { id: 'diog_pa', scale: 'diog', product: 'implementation', label: 'DIOG: public accountability' },
  {
    id: 'early_results',
    scale: 'early_results',
    product: 'implementation',
    label: 'Early results',
  },
  {
    id: 'starred',
    scale: 'yes_no',
    product: 'implementation',
    label: 'Starred (current formula, end of term)',
  },
  {
    id: 'starred_midterm',
    scale: 'yes_no',
    product: 'implementation',
    label: 'Starred (current formula, mid-term)',
  },
  {
    id: 'starred_2015',
    scale: 'yes_no',
    product: 'implementation',
    label: 'Starred (2015-only rule)',
  },
  { id: 'carried_forward', scale: 'yes_no', product: 'implementation', label: 'Carried forward' },
] as const satisfies readonly RatingField[];

export type RatingFieldId = (typeof RATING_FIELDS)[number]['id'];

/** Harmonised (cross-era) fields, each stored as yes | no | a state, with the rule used. */
export const HARMONISED_FIELDS = [
  'verifiable',
  'relevant',
  'ambition_high',
  'ambition_high_alt',
  'high_completion',
  'strong_results',
  'starred',
  'starred_2015',
  'promising',
] as const;
export type HarmonisedField = (typeof HARMONISED_FIELDS)[number];
