import type { en } from '../overview';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  title: 'Vue d’ensemble',
  idle: 'Chargez un jeu de données pour voir les chiffres.',
  chartLabel: 'Part des engagements qui remplissent chaque indicateur dans {name}',
  precomputed:
    'Chiffres précalculés à partir du même fichier avec les mêmes règles, au {asOf} ; la base de données démarre et les remplacera.',
  hover:
    '{rule}. Survolez une barre pour voir son intervalle à 95 % (Wilson) ; les barres estompées reposent sur moins de {smallN} engagements évalués.',
  tableCaption: 'Les mêmes chiffres sous forme de tableau',
  definitions: 'Ce que compte chaque indicateur',
  h_metric: 'Indicateur',
  h_nRated: 'n (évalués)',
  m_title: 'Méthodologie',
  m_intro:
    'Les échelles d’évaluation de l’IRM ont changé en 2020 (le « Refresh »). Pour comparer les périodes, chaque évaluation garde son libellé d’origine et reçoit une valeur harmonisée selon les règles ci-dessous. Les règles « OGP » reproduisent le codage de l’OGP ; les règles « décision » sont les nôtres là où les sources sont muettes.',
  m_rules: '{count, plural, one {# règle d’harmonisation} other {# règles d’harmonisation}}',
  m_switches: 'Paramètres (s’appliquent à tous les chiffres)',
  m_transformative:
    'Forte ambition avant 2020 : seul un impact potentiel Transformateur compte (pas Modéré)',
  m_modest: 'Forte ambition Refresh : un potentiel de résultats Modeste compte aussi',
  m_starRule: 'Règle des étoiles',
  m_starCurrent: 'formule actuelle de l’OGP',
  m_star2015: 'la règle de 2015 seulement',
  m_denominator: 'Dénominateur',
  m_denomRated: 'engagements évalués seulement (par défaut)',
  m_denomAll: 'tous les engagements (convention de l’OGP)',
  m_reset: 'Rétablir les valeurs par défaut',
  h_field: 'Champ',
  h_era: 'Période',
  h_rule: 'Règle',
  h_source: 'Source',
  h_reproduces: 'Reproduit la colonne de l’OGP',
  era_pre2020: 'avant 2020',
  era_refresh: 'Refresh (2020 et après)',
  era_both: 'les deux périodes',
  h_file: 'Fichier',
  h_row: 'Ligne',
  h_column: 'Colonne',
  h_value: 'Valeur',
  h_severity: 'Gravité',
  h_message: 'Message',
};
