import type { en } from '../metrics';
import type { Messages } from '../types';

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
