import type { en } from '../metrics';
import type { Messages } from '../types';

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
