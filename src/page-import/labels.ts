/**
 * The labels printed on OGP commitment and action-plan pages, in English, French and Spanish, as
 * data. `section` labels are headings that carry no value ("Revue IRM", "Design i"); `field`
 * labels carry a value on the same line ("Vérifiable : Oui") or on the next one ("Durée" /
 * "décembre 2023"). Forms are matched after folding (accents, case, apostrophes, spaces), so one
 * spelling per wording is enough. French forms marked † appear on the seed pages.
 */
import type { LabelDef } from './label-types';
import { COMMITMENT_LABELS } from './labels-commitment';
import { PLAN_LABELS, SECTION_LABELS } from './labels-plan';

export type { LabelDef, LabelId } from './label-types';

export const PAGE_LABELS: LabelDef[] = [...COMMITMENT_LABELS, ...PLAN_LABELS, ...SECTION_LABELS];

/** The questions of OGP Local plan pages that precede a count on the next line. */
export const COUNT_QUESTIONS: Record<'participating_groups' | 'public_meetings', string[]> = {
  participating_groups: [
    'Combien de groupes', // †
    'How many groups',
    'Cuántos grupos',
  ],
  public_meetings: [
    'Combien de réunions publiques', // †
    'How many public meetings',
    'Cuántas reuniones públicas',
  ],
};

/** The same counts written inline: "<n> groupes ont participé", "<n> public meetings". */
export const COUNT_PHRASES: Record<'participating_groups' | 'public_meetings', RegExp[]> = {
  participating_groups: [
    /\b(\d{1,5}) (?:groupes|organisations) (?:ont participe|participants)\b/,
    /\b(\d{1,5}) (?:groups|organizations|organisations) (?:participated|took part)\b/,
    /\b(\d{1,5}) (?:grupos|organizaciones) (?:participaron|participantes)\b/,
  ],
  public_meetings: [
    /\b(\d{1,5}) reunions publiques\b/,
    /\b(\d{1,5}) public meetings\b/,
    /\b(\d{1,5}) reuniones publicas\b/,
  ],
};
