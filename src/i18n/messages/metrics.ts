import type { Messages } from './types';

/** Metric, composite, pipeline step and rating field names (src/metrics, src/queries). */
export const en = {
  label_verifiable: 'Verifiable',
  label_relevant: 'Relevant to OGP values',
  label_ambition_high: 'High ambition',
  label_high_completion: 'High completion',
  label_strong_results: 'Strong results',
  label_starred: 'Starred',
  label_promising: 'Promising',
  desc_verifiable: 'Verifiable = Yes, or (pre-2020) Specificity Medium or High',
  desc_relevant:
    "OGP's _Relevant, or a value flag for access to information, civic participation or public accountability",
  desc_ambition_high:
    'pre-2020: Potential Impact Moderate/Transformative and relevant; refresh: Potential for Results Substantial and relevant',
  desc_high_completion: 'Completion Substantial or Complete (end of term, else mid-term)',
  desc_strong_results: 'Early Results Significant/Outstanding, or DIOG Major/Outstanding',
  desc_starred: "OGP's star (current formula, end of term, else mid-term; or the 2015-only rule)",
  desc_promising: 'Refresh-era promising commitment (pre-2020 rows: not applicable)',
  composite_design: 'Verifiable and ambitious',
  composite_design_completed: 'Verifiable, ambitious and high completion',
  composite_design_completed_results: 'Verifiable, ambitious, high completion and strong results',
  step_verifiable: 'Verifiable',
  step_ambitious: '… and ambitious',
  step_completed: '… and high completion',
  step_results: '… and strong results',
  field_completion: 'Completion',
  field_design: 'Potential impact / potential for results',
  field_specificity: 'Specificity / verifiable',
  field_results: 'Did it open government / early results',
  source_completion: 'Completion',
  source_potential_impact: 'Potential impact',
  source_potential_results: 'Potential for results',
  source_specificity: 'Specificity',
  source_verifiable: 'Verifiable',
  source_diog_overall: 'Did it open government',
  source_early_results: 'Early results',
} as const;

export const fr: Messages<typeof en> = {
  label_verifiable: 'Vérifiable',
  label_relevant: 'Pertinent pour les valeurs de l’OGP',
  label_ambition_high: 'Forte ambition',
  label_high_completion: 'Achèvement élevé',
  label_strong_results: 'Résultats solides',
  label_starred: 'Étoilé',
  label_promising: 'Prometteur',
  desc_verifiable: 'Vérifiable = Oui, ou (avant 2020) Spécificité Moyenne ou Élevée',
  desc_relevant:
    'Le champ _Relevant de l’OGP, ou une valeur cochée : accès à l’information, participation civique ou redevabilité publique',
  desc_ambition_high:
    'avant 2020 : Impact potentiel Modéré/Transformateur et pertinent ; Refresh : Potentiel de résultats Substantiel et pertinent',
  desc_high_completion: 'Achèvement Substantiel ou Complet (en fin de mandat, sinon à mi-parcours)',
  desc_strong_results:
    'Premiers résultats Significatifs/Exceptionnels, ou DIOG Majeur/Exceptionnel',
  desc_starred:
    'L’étoile de l’OGP (formule actuelle, en fin de mandat, sinon à mi-parcours ; ou la règle de 2015 seulement)',
  desc_promising: 'Engagement prometteur de l’ère Refresh (lignes d’avant 2020 : sans objet)',
  composite_design: 'Vérifiable et ambitieux',
  composite_design_completed: 'Vérifiable, ambitieux et achèvement élevé',
  composite_design_completed_results:
    'Vérifiable, ambitieux, achèvement élevé et résultats solides',
  step_verifiable: 'Vérifiable',
  step_ambitious: '… et ambitieux',
  step_completed: '… et achèvement élevé',
  step_results: '… et résultats solides',
  field_completion: 'Achèvement',
  field_design: 'Impact potentiel / potentiel de résultats',
  field_specificity: 'Spécificité / vérifiable',
  field_results: 'A-t-il ouvert le gouvernement / premiers résultats',
  source_completion: 'Achèvement',
  source_potential_impact: 'Impact potentiel',
  source_potential_results: 'Potentiel de résultats',
  source_specificity: 'Spécificité',
  source_verifiable: 'Vérifiable',
  source_diog_overall: 'A-t-il ouvert le gouvernement',
  source_early_results: 'Premiers résultats',
};

export const es: Messages<typeof en> = {
  label_verifiable: 'Verificable',
  label_relevant: 'Relevante para los valores de OGP',
  label_ambition_high: 'Alta ambición',
  label_high_completion: 'Alto cumplimiento',
  label_strong_results: 'Resultados sólidos',
  label_starred: 'Estelar',
  label_promising: 'Prometedor',
  desc_verifiable: 'Verificable = Sí, o (antes de 2020) Especificidad Media o Alta',
  desc_relevant:
    'El campo _Relevant de OGP, o un valor marcado: acceso a la información, participación cívica o rendición de cuentas pública',
  desc_ambition_high:
    'antes de 2020: Impacto potencial Moderado/Transformador y relevante; Refresh: Potencial de resultados Sustancial y relevante',
  desc_high_completion:
    'Cumplimiento Sustancial o Completo (al final del periodo, si no a mitad de periodo)',
  desc_strong_results:
    'Resultados tempranos Significativos/Excepcionales, o DIOG Significativo/Excepcional',
  desc_starred:
    'La estrella de OGP (fórmula actual, al final del periodo, si no a mitad de periodo; o la regla solo de 2015)',
  desc_promising: 'Compromiso prometedor de la era Refresh (filas anteriores a 2020: no aplica)',
  composite_design: 'Verificable y ambicioso',
  composite_design_completed: 'Verificable, ambicioso y alto cumplimiento',
  composite_design_completed_results:
    'Verificable, ambicioso, alto cumplimiento y resultados sólidos',
  step_verifiable: 'Verificable',
  step_ambitious: '… y ambicioso',
  step_completed: '… y alto cumplimiento',
  step_results: '… y resultados sólidos',
  field_completion: 'Cumplimiento',
  field_design: 'Impacto potencial / potencial de resultados',
  field_specificity: 'Especificidad / verificable',
  field_results: '¿Contribuyó a abrir el gobierno? / resultados tempranos',
  source_completion: 'Cumplimiento',
  source_potential_impact: 'Impacto potencial',
  source_potential_results: 'Potencial de resultados',
  source_specificity: 'Especificidad',
  source_verifiable: 'Verificable',
  source_diog_overall: '¿Contribuyó a abrir el gobierno?',
  source_early_results: 'Resultados tempranos',
};
