import type { Lang } from '../i18n/langs';
import { SCALES, type ScaleId } from './scales';
import { STATES, STATE_LABELS, type RatingState } from './states';

/**
 * How each state is shown, per UI language (the one place: views, charts and exports read it
 * here). English is STATE_LABELS.
 */
export const STATE_DISPLAY: Record<Lang, Record<RatingState, string>> = {
  en: STATE_LABELS,
  fr: {
    pending_irm: 'En attente d’examen par l’IRM',
    no_data: 'Non évalué (aucune donnée de l’IRM)',
    not_reviewed: 'Non examiné par l’IRM',
    not_applicable: 'Sans objet',
    missing: 'Manquant',
  },
  es: {
    pending_irm: 'Pendiente de revisión del IRM',
    no_data: 'No evaluado (sin datos del IRM)',
    not_reviewed: 'No revisado por el IRM',
    not_applicable: 'No aplica',
    missing: 'Faltante',
  },
};

export function isRatingState(code: string): code is RatingState {
  return (STATES as readonly string[]).includes(code);
}

/** A state's label in the UI language. */
export function stateLabel(state: RatingState, lang: Lang = 'en'): string {
  return STATE_DISPLAY[lang][state];
}

/**
 * A rating level's label in the UI language: the first form of the level in SCALES for that
 * language ("Substantial" / "Substantiel" / "Sustancial"). A state code gives the state's label;
 * an unknown code is shown as it is.
 */
export function ratingLabel(scale: ScaleId, code: string, lang: Lang = 'en'): string {
  const level = SCALES[scale].find((l) => l.code === code);
  if (level) return level[lang][0] ?? code;
  return isRatingState(code) ? stateLabel(code, lang) : code;
}
