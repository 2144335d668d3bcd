/**
 * The IRM's native rating scales (irm-methodology.md §2) and their labels in English, French and
 * Spanish, as data. `ord` is the level within the scale (low → high); OGP's numeric `_…` code
 * where the export has one.
 */
export interface ScaleLevel {
  code: string;
  ord: number;
  en: string[];
  fr: string[];
  es: string[];
}

export type ScaleId =
  | 'yes_no'
  | 'specificity'
  | 'potential_impact'
  | 'potential_results'
  | 'ambition'
  | 'completion'
  | 'diog'
  | 'early_results';

export const SCALES: Record<ScaleId, ScaleLevel[]> = {
  yes_no: [
    { code: 'no', ord: 0, en: ['No', '0', 'False'], fr: ['Non'], es: ['No'] },
    { code: 'yes', ord: 1, en: ['Yes', '1', 'True'], fr: ['Oui'], es: ['Sí', 'Si'] },
  ],
  specificity: [
    {
      code: 'none',
      ord: 0,
      en: ['None'],
      fr: ['Aucune', 'Aucun', 'Nulle'],
      es: ['Ninguna', 'Ninguno', 'Nula'],
    },
    { code: 'low', ord: 1, en: ['Low'], fr: ['Faible', 'Basse'], es: ['Baja', 'Bajo'] },
    { code: 'medium', ord: 2, en: ['Medium'], fr: ['Moyenne', 'Moyen'], es: ['Media', 'Medio'] },
    {
      code: 'high',
      ord: 3,
      en: ['High'],
      fr: ['Élevée', 'Élevé', 'Haute', 'Haut'],
      es: ['Alta', 'Alto'],
    },
  ],
  potential_impact: [
    {
      code: 'none',
      ord: 0,
      en: ['None'],
      fr: ['Aucun', 'Aucune', 'Nul'],
      es: ['Ninguno', 'Ninguna', 'Nulo'],
    },
    { code: 'minor', ord: 1, en: ['Minor'], fr: ['Mineur', 'Mineure'], es: ['Menor'] },
    {
      code: 'moderate',
      ord: 2,
      en: ['Moderate'],
      fr: ['Modéré', 'Modérée'],
      es: ['Moderado', 'Moderada'],
    },
    {
      code: 'transformative',
      ord: 3,
      en: ['Transformative'],
      fr: ['Transformateur', 'Transformatrice', 'Transformationnel'],
      es: ['Transformador', 'Transformadora'],
    },
  ],
  potential_results: [
    {
      code: 'unclear',
      ord: 0,
      en: ['Unclear'],
      fr: ['Pas clair', 'Peu clair', 'Incertain', 'Incertaine', 'Flou'],
      es: ['Poco claro', 'Poco clara', 'No claro', 'Incierto'],
    },
    {
      code: 'modest',
      ord: 1,
      en: ['Modest'],
      fr: ['Modeste', 'Modestes'],
      es: ['Modesto', 'Modesta'],
    },
    {
      code: 'substantial',
      ord: 2,
      en: ['Substantial'],
      fr: ['Substantiel', 'Substantielle', 'Substantiels', 'Important'],
      // The French seed page CO0111 prints the Spanish "Sustancial" inside French text.
      es: ['Sustancial', 'Sustanciales', 'Sustantivo'],
    },
  ],
  ambition: [
    { code: 'low', ord: 0, en: ['Low'], fr: ['Faible', 'Bas', 'Basse'], es: ['Baja', 'Bajo'] },
    {
      code: 'high',
      ord: 1,
      en: ['High'],
      fr: ['Haut', 'Haute', 'Élevé', 'Élevée'],
      es: ['Alta', 'Alto'],
    },
  ],
  completion: [
    {
      code: 'withdrawn',
      ord: 0,
      en: ['Withdrawn'],
      fr: ['Retiré', 'Retirée'],
      es: ['Retirado', 'Retirada'],
    },
    {
      code: 'unclear',
      ord: 1,
      en: ['Unclear'],
      fr: ['Pas clair', 'Peu clair'],
      es: ['Poco claro', 'No claro'],
    },
    {
      code: 'no_evidence',
      ord: 1,
      en: ['No evidence available', 'No evidence'],
      fr: ['Aucune preuve disponible', 'Pas de preuve disponible'],
      es: ['Sin evidencia disponible', 'No hay evidencia disponible'],
    },
    {
      code: 'not_started',
      ord: 2,
      en: ['Not Started'],
      fr: ['Pas commencé', 'Non commencé', 'Non commencée', 'Pas commencée', 'Pas démarré'],
      es: ['No iniciado', 'No iniciada', 'Sin iniciar'],
    },
    {
      code: 'limited',
      ord: 3,
      en: ['Limited'],
      fr: ['Limité', 'Limitée', 'Limités', 'Limitées'],
      es: ['Limitado', 'Limitada'],
    },
    {
      code: 'substantial',
      ord: 4,
      en: ['Substantial'],
      fr: ['Substantiel', 'Substantielle', 'Substantiels', 'Substantielles'],
      es: ['Sustancial', 'Sustantivo'],
    },
    {
      code: 'complete',
      ord: 5,
      en: ['Complete', 'Completed'],
      fr: ['Complet', 'Complète', 'Achevé', 'Achevée', 'Terminé', 'Terminée'],
      es: ['Completo', 'Completa', 'Completado', 'Completada', 'Cumplido'],
    },
  ],
  diog: [
    {
      code: 'worsens',
      ord: 0,
      en: ['Worsens', 'Worsened', 'Worse'],
      fr: ['Aggravé', 'Détérioré', 'Empiré', "S'est aggravé"],
      es: ['Empeoró', 'Empeora'],
    },
    {
      code: 'did_not_change',
      ord: 1,
      en: ['Did Not Change', 'Did not change', 'No change'],
      fr: ["N'a pas changé", "N'ont pas changé", 'Pas de changement', 'Inchangé'],
      es: ['No cambió', 'No ha cambiado', 'Sin cambios'],
    },
    {
      code: 'no_early_results_yet',
      ord: 1,
      en: ['No early results to report yet'],
      fr: ['Pas encore de premiers résultats', 'Aucun premier résultat à signaler pour le moment'],
      es: ['Aún no hay resultados preliminares', 'Sin resultados tempranos aún'],
    },
    {
      code: 'marginal',
      ord: 2,
      en: ['Marginal'],
      fr: ['Marginal', 'Marginale', 'Marginaux'],
      es: ['Marginal', 'Marginales'],
    },
    {
      code: 'major',
      ord: 3,
      en: ['Major'],
      fr: ['Majeur', 'Majeure', 'Majeurs'],
      es: ['Significativo', 'Mayor', 'Importante'],
    },
    {
      code: 'outstanding',
      ord: 4,
      en: ['Outstanding'],
      fr: ['Exceptionnel', 'Exceptionnelle', 'Remarquable'],
      es: ['Excepcional', 'Sobresaliente', 'Destacado'],
    },
  ],
  early_results: [
    {
      code: 'no_notable',
      ord: 0,
      en: ['No notable results', 'No notable', 'None'],
      fr: ['Aucun résultat notable', 'Pas de résultats notables', 'Aucun résultat significatif'],
      es: ['Sin resultados notables', 'Ningún resultado notable', 'No hay resultados notables'],
    },
    {
      code: 'moderate',
      ord: 1,
      en: ['Moderate', 'Moderate results'],
      fr: ['Modéré', 'Modérés', 'Modérée', 'Modérées', 'Résultats modérés'],
      es: ['Moderado', 'Moderados', 'Moderada', 'Resultados moderados'],
    },
    {
      code: 'significant',
      ord: 2,
      en: ['Significant', 'Significant results'],
      fr: ['Significatif', 'Significatifs', 'Significative', 'Résultats significatifs'],
      es: ['Significativo', 'Significativos', 'Resultados significativos'],
    },
    {
      code: 'outstanding',
      ord: 3,
      en: ['Outstanding', 'Outstanding results'],
      fr: ['Exceptionnel', 'Exceptionnels', 'Exceptionnelle', 'Résultats exceptionnels'],
      es: ['Excepcional', 'Excepcionales', 'Sobresaliente', 'Resultados excepcionales'],
    },
  ],
};
