import type { en } from '../common';
import type { Messages } from '../types';

export const es: Messages<typeof en> = {
  appName: 'IRM Atlas',
  noDataset: 'Ningún conjunto de datos cargado',
  simulatedBadge: 'DATOS SIMULADOS',
  simulatedTitle: 'Datos generados, no resultados reales del IRM',
  navLabel: 'Vistas',
  languageLabel: 'Idioma',
  footer:
    'IRM Atlas funciona por completo en esta pestaña: los archivos que carga nunca salen de ella.',
  loadingFailed: 'Error de carga (ver la pestaña Datos)',
  viewUnavailable: 'Esta vista no está disponible en esta versión.',
  linkNotUnderstood:
    'Enlace no comprendido del todo ({problems}): se usan los valores por defecto.',
  tab_overview: 'Resumen',
  tab_explore: 'Explorar',
  tab_commitment: 'Compromiso',
  tab_member: 'Ficha del miembro',
  tab_plans: 'Planes de acción',
  tab_sql: 'SQL',
  tab_compare: 'Comparar',
  tab_trends: 'Tendencias',
  tab_data: 'Datos',
  tab_methodology: 'Metodología',
  commitments: '{count, plural, one {# compromiso} other {# compromisos}}',
  recovered: 'El proceso de la base de datos se detuvo ({reason}). Se reinició.',
  recoveredReloaded:
    'El proceso de la base de datos se detuvo ({reason}). Se reinició y {name} se volvió a cargar desde la memoria.',
  cancelLoad: 'Cancelar',
  cancelLoadLabel: 'Cancelar esta carga',
  loadCancelled: 'Carga cancelada: el conjunto de datos cargado antes no ha cambiado.',
  loadCancelledNone:
    'Carga cancelada: no hay ningún conjunto de datos cargado. Elija uno en la pestaña Datos.',
};
