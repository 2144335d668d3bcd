import type { en } from '../common';
import type { Messages } from '../types';

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
  cancelLoad: 'Annuler',
  cancelLoadLabel: 'Annuler ce chargement',
  loadCancelled: 'Chargement annulé : le jeu de données chargé auparavant est inchangé.',
  loadCancelledNone:
    'Chargement annulé : aucun jeu de données n’est chargé. Choisissez-en un dans l’onglet Données.',
};
