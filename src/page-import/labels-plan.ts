/** Labels of action-plan pages and the headings of both kinds of page, EN/FR/ES (see labels.ts). */
import { field, section, type LabelDef } from './label-types';

export const PLAN_LABELS: LabelDef[] = [
  field(
    'plan_submission',
    ['Action Plan Submission'],
    ["Soumission du plan d'action"], // †
    ['Presentación del plan de acción', 'Envío del plan de acción'],
  ),
  field(
    'plan_end',
    ['Action Plan End'],
    ["Fin du plan d'action"], // †
    ['Fin del plan de acción'],
  ),
  field('duration', ['Duration'], ['Durée'], ['Duración']), // †
  field(
    'date_submitted',
    ['Date submitted', 'Date Submitted', 'Submission date'],
    ['Date de soumission'], // †
    ['Fecha de presentación', 'Fecha de envío', 'Fecha de entrega'],
  ),
];

export const SECTION_LABELS: LabelDef[] = [
  section(
    'section',
    [
      'Overview',
      'At a glance',
      'Institutions',
      'IRM Review',
      'Design',
      'Implementation',
      'Commitments',
    ],
    [
      'Aperçu', // †
      "Vue d'ensemble", // †
      "D'un coup d'œil", // †
      "D'un coup d'oeil",
      'Institutions', // †
      'Revue IRM', // †
      'Revue du MII',
      'Examen IRM',
      'Design', // †
      'Conception', // †
      'Implantation', // †
      'Implémentation', // †
      'Mise en œuvre',
      'Engagements',
    ],
    [
      'Resumen',
      'Descripción general',
      'Visión general',
      'De un vistazo',
      'A simple vista',
      'Instituciones',
      'Revisión del MRI',
      'Revisión MRI',
      'Diseño',
      'Implementación',
      'Compromisos',
    ],
  ),
  // Headings after which the page is prose: lines below them are not listed as unrecognised.
  section(
    'body',
    ['Description', 'Foreword', 'Brief description of the commitment'],
    ['Description', 'Avant-propos', 'Brève description du compromis'], // †
    ['Descripción', 'Prólogo', 'Presentación', 'Breve descripción del compromiso'],
  ),
  section(
    'chrome',
    ['Skip navigation', 'Open Government Partnership', 'Leave a comment'],
    ['Ignorer la navigation', 'Open Government Partnership', 'Pas encore de commentaires'], // †
    ['Saltar navegación', 'Ir al contenido', 'Open Government Partnership'],
  ),
];
