import type { Messages } from './types';

/** The shell: header, navigation, notices, footer, language menu. */
export const en = {
  appName: 'IRM Atlas',
  noDataset: 'No dataset loaded',
  simulatedBadge: 'SIMULATED DATA',
  simulatedTitle: 'Generated data, not real IRM results',
  navLabel: 'Views',
  languageLabel: 'Language',
  footer: 'IRM Atlas runs entirely in this browser tab: files you load never leave it.',
  loadingFailed: 'Loading failed (see the Data tab)',
  viewUnavailable: 'This view is not available in this build.',
  linkNotUnderstood: 'Link not fully understood ({problems}): defaults used.',
  tab_overview: 'Overview',
  tab_explore: 'Explore',
  tab_commitment: 'Commitment',
  tab_member: 'Member briefing',
  tab_plans: 'Action plans',
  tab_sql: 'SQL',
  tab_compare: 'Compare',
  tab_trends: 'Trends',
  tab_data: 'Data',
  tab_methodology: 'Methodology',
  commitments: '{count, plural, one {# commitment} other {# commitments}}',
  recovered: 'The database worker stopped ({reason}). It was restarted.',
  recoveredReloaded:
    'The database worker stopped ({reason}). It was restarted and {name} was loaded again from memory.',
} as const;

export const fr: Messages<typeof en> = {
  appName: 'IRM Atlas',
  noDataset: 'Aucun jeu de données chargé',
  simulatedBadge: 'DONNÉES SIMULÉES',
  simulatedTitle: 'Données générées, pas de vrais résultats de l’IRM',
  navLabel: 'Vues',
  languageLabel: 'Langue',
  footer:
    'IRM Atlas fonctionne entièrement dans cet onglet : les fichiers chargés ne le quittent jamais.',
  loadingFailed: 'Échec du chargement (voir l’onglet Données)',
  viewUnavailable: 'Cette vue n’est pas disponible dans cette version.',
  linkNotUnderstood: 'Lien mal compris ({problems}) : valeurs par défaut utilisées.',
  tab_overview: 'Vue d’ensemble',
  tab_explore: 'Explorer',
  tab_commitment: 'Engagement',
  tab_member: 'Fiche pays',
  tab_plans: 'Plans d’action',
  tab_sql: 'SQL',
  tab_compare: 'Comparer',
  tab_trends: 'Tendances',
  tab_data: 'Données',
  tab_methodology: 'Méthodologie',
  commitments: '{count, plural, one {# engagement} other {# engagements}}',
  recovered: 'Le moteur de base de données s’est arrêté ({reason}). Il a été redémarré.',
  recoveredReloaded:
    'Le moteur de base de données s’est arrêté ({reason}). Il a été redémarré et {name} a été rechargé depuis la mémoire.',
};

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
};
