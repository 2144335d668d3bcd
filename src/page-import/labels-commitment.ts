/** Labels of commitment pages, EN/FR/ES (see labels.ts). French forms marked † are on the seed pages. */
import { field, section, type LabelDef } from './label-types';

export const COMMITMENT_LABELS: LabelDef[] = [
  field('action_plan', ['Action Plan'], ["Plan d'action"], ['Plan de acción']),
  field('cycle', ['Action Plan Cycle'], ["Cycle du plan d'action"], ['Ciclo del plan de acción']),
  field('status', ['Status'], ['Statut'], ['Estado', 'Estatus']),
  field(
    'lead_institutions',
    ['Lead Institution', 'Lead Institutions', 'Lead Institution(s)', 'Lead institution(s)'],
    [
      'Institution principale', // †
      'Institutions principales',
      'Institution chef de file', // †
      'Institutions chefs de file',
      'Institutions responsables', // † (body of the end-of-term summary)
      'Institution responsable',
    ],
    [
      'Institución líder',
      'Instituciones líderes',
      'Institución responsable',
      'Instituciones responsables',
      'Institución(es) responsable(s)',
    ],
  ),
  field(
    'supporting_institutions',
    [
      'Support Institution(s)',
      'Support Institutions',
      'Supporting Institution(s)',
      'Supporting Institutions',
      'Support Institution',
    ],
    [
      'Institution(s) de soutien', // †
      'Institution (s) de soutien', // †
      'Institutions de soutien',
      "Institution(s) d'appui",
    ],
    [
      'Institución(es) de apoyo',
      'Instituciones de apoyo',
      'Institución de apoyo',
      'Institución (es) de apoyo',
    ],
  ),
  field(
    'policy_areas',
    ['Policy Areas', 'Policy Area'],
    ['Domaines politiques', 'Domaines de politique'], // †
    ['Áreas de política', 'Áreas políticas', 'Áreas de políticas'],
  ),
  field(
    'irm_reports',
    ['IRM Report', 'IRM Reports'],
    ['Rapport IRM', 'Rapports IRM', 'Rapport du MII', 'Rapport MII'], // †
    ['Informe del MRI', 'Informes del MRI', 'Informe MRI', 'Informe del IRM', 'Informe IRM'],
  ),
  field(
    'early_results',
    ['Early Results'],
    ['Premiers résultats'], // †
    ['Resultados preliminares', 'Resultados tempranos'],
  ),
  field('verifiable', ['Verifiable'], ['Vérifiable'], ['Verificable']),
  field(
    'relevant',
    ['Relevant to OGP values', 'Relevant to OGP value', 'Relevant'],
    [
      'Pertinent pour les valeurs OGP',
      'Pertinent pour les valeurs du PGO',
      'Pertinent aux valeurs du PGO',
      'Pertinent',
    ],
    [
      'Relevante para los valores de OGP',
      'Relevante para los valores de la OGP',
      'Relevante para los valores de AGA',
      'Relevante',
    ],
  ),
  field(
    'ambition',
    ['Ambition (see definition)', 'Ambition'],
    ['Ambition (voir définition)', 'Ambition'], // †
    ['Ambición (ver definición)', 'Ambición'],
  ),
  field(
    'potential_results',
    ['Potential for results', 'Potential for Results'],
    ['Potentiel pour obtenir des résultats', 'Potentiel de résultats'], // †
    ['Potencial de resultados', 'Potencial para obtener resultados', 'Potencial para resultados'],
  ),
  field('potential_impact', ['Potential impact'], ['Impact potentiel'], ['Impacto potencial']),
  field('specificity', ['Specificity'], ['Spécificité'], ['Especificidad']),
  field(
    'completion',
    ['Completion'],
    ['Achèvement', 'Réalisation'], // †
    ['Cumplimiento', 'Nivel de cumplimiento', 'Nivel de completitud'],
  ),
  field(
    'completion_midterm',
    ['Midterm', 'Mid-term', 'Mid term'],
    ['Mi-parcours', 'À mi-parcours'], // †
    ['Medio término', 'Término medio', 'Medio camino', 'A medio término'],
  ),
  field(
    'completion_eot',
    ['End of term', 'End-of-term'],
    ['Fin de terme', 'Fin du mandat', 'Fin de période'], // †
    ['Fin de término', 'Fin del período', 'Final del período'],
  ),
  section(
    'diog',
    ['Did it open government?', 'Did It Open Government'],
    [
      'At-il ouvert le gouvernement?',
      'A-t-il ouvert le gouvernement ?',
      'A-t-il ouvert le gouvernement',
    ], // †
    ['¿Contribuyó a abrir el gobierno?', '¿Abrió el gobierno?'],
  ),
  field('diog_overall', ['Overall'], ['Global', 'Dans l’ensemble'], ['General', 'Global']),
  field(
    'diog_ati',
    ['Access to Information'],
    ["Accès à l'information"],
    ['Acceso a la información'],
  ),
  field(
    'diog_cp',
    ['Civic Participation'],
    ['Participation civique', 'Participation citoyenne'], // †
    ['Participación ciudadana', 'Participación cívica'],
  ),
  field(
    'diog_pa',
    ['Public Accountability'],
    ['Responsabilité publique', 'Redevabilité publique'],
    ['Rendición de cuentas', 'Rendición de cuentas pública'],
  ),
  field(
    'carried_forward',
    ['Carried forward', 'Carried forward?'],
    ['Reportés', 'Reporté', 'Reportée', 'Reporté ?'], // † "Reportés?"
    [
      '¿Se trasladó?',
      'Trasladado',
      '¿Continúa en el siguiente plan?',
      '¿Se trasladó al siguiente plan?',
    ],
  ),
  field('start_date', ['Start Date'], ['Date de début'], ['Fecha de inicio']),
  field(
    'end_date',
    ['End Date'],
    ['Date de fin'],
    ['Fecha de finalización', 'Fecha de término', 'Fecha final'],
  ),
  field(
    'starred',
    ['Starred', 'Starred commitment'],
    ['Engagement étoilé', 'Étoilé'],
    ['Compromiso estelar', 'Estelar'],
  ),
  field(
    'promising',
    ['Promising commitment', 'Promising'],
    ['Engagement prometteur', 'Prometteur'],
    ['Compromiso prometedor', 'Prometedor'],
  ),
];
