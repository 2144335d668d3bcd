/**
 * States that are never ratings (irm-methodology.md §3): they are kept apart from every rating
 * level and never counted in a denominator.
 */
export const STATES = [
  'pending_irm',
  'no_data',
  'not_reviewed',
  'not_applicable',
  'missing',
] as const;
export type RatingState = (typeof STATES)[number];

/** English labels; every language: STATE_DISPLAY / stateLabel in display.ts. */
export const STATE_LABELS: Record<RatingState, string> = {
  pending_irm: 'Pending IRM review',
  no_data: 'Not assessed (no IRM data)',
  not_reviewed: 'Not reviewed by the IRM',
  not_applicable: 'Not applicable',
  missing: 'Missing',
};

/** Raw forms of each state, EN/FR/ES, before normalisation. Blank is `no_data` too. */
export const STATE_FORMS: Record<Exclude<RatingState, 'missing'>, string[]> = {
  no_data: [
    'ND',
    'No IRM data',
    'Not assessed',
    'Aucune donnée du MII',
    'Aucune donnée IRM',
    'Non évalué',
    'Sin datos del MRI',
    'Sin datos del IRM',
    'No evaluado',
  ],
  not_reviewed: ['NR', 'Not reviewed', 'Non examiné', 'No revisado'],
  not_applicable: [
    'NA',
    'N/A',
    'N/D',
    'Not Applicable',
    'Non applicable',
    'Sans objet',
    'No aplica',
    'No aplicable',
  ],
  pending_irm: [
    'Pending IRM review',
    'Pending',
    'IRM review pending',
    'Examen du MII en attente',
    "En attente d'examen par le MII",
    "En attente d'examen par l'IRM",
    "En attente de l'examen du MII",
    'Examen IRM en attente',
    'Revisión del MRI pendiente',
    'Pendiente de revisión del MRI',
    'Pendiente de revisión del IRM',
    'Pendiente',
  ],
};

/** Forms that mean "missing" explicitly; any unknown label is missing too (with a warning). */
export const MISSING_FORMS = ['-', '—', '–', '?'];
