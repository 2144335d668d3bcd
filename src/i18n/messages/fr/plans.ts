import type { en } from '../plans';
import type { Messages } from '../types';

export const fr: Messages<typeof en> = {
  title: 'Plans d’action et co-création',
  intro:
    'Les données de co-création (niveau d’influence du public pendant l’élaboration et la mise en œuvre sur l’échelle de l’IAP2, participation ouverte ou fermée, forum multipartite se réunissant régulièrement, respect de l’exigence minimale — impliquer —, groupes participants et réunions publiques) proviennent d’un fichier de plans d’action chargé avec les engagements dans',
  dataTab: 'l’onglet Données',
  introAfter:
    ' (CSV, JSON ou XLSX ; format dans docs/data-formats.md §3). Les plans sans engagements, comme les plans OGP Local, sont aussi listés.',
  commitmentLevel:
    'Les valeurs de l’OGP et les domaines d’action décrivent les engagements : un plan est listé quand l’un de ses engagements correspond, donc ces filtres masquent les plans sans engagements.',
  factsOnly: 'Seulement les plans avec des données de co-création',
  caption:
    '{count, plural, one {{countText} plan d’action} other {{countText} plans d’action}}, dont {withFacts} avec des données de co-création',
  kindUnknown: 'type inconnu',
  source: 'Source : {source}',
  h_member: 'Membre',
  h_plan: 'Plan',
  h_cycle: 'Cycle',
  h_commitments: 'Engage\u00adments',
  h_influenceDev: 'Influence : élaboration',
  h_influenceImpl: 'Influence : mise en œuvre',
  h_participation: 'Participation',
  h_forum: 'Forum',
  h_minimum: 'Minimum respecté',
  h_groups: 'Groupes',
  h_meetings: 'Réunions',
  sql_title: 'Console SQL',
  sql_intro:
    'Lecture seule : SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW et EXPLAIN sur les tables chargées {tables}. Tout le reste est refusé, et chaque instruction s’exécute dans une transaction annulée ensuite. Au plus {cap} lignes sont affichées et exportées.',
  sql_refused: 'Refusé par la console en lecture seule',
  sql_failed: 'DuckDB n’a pas pu exécuter cette instruction (rien n’a été modifié)',
  sql_rows: '{count, plural, one {{countText} ligne} other {{countText} lignes}}',
  sql_cut: ' (coupé à {cap})',
  sql_ms: ' en {ms} ms',
  sql_export: 'Exporter en CSV',
  sql_result: 'Résultat',
  sql_rules:
    'tables brutes : les paramètres ne s’appliquent pas (les colonnes h_* suivent les règles par défaut ; h_ambition_high_alt et h_starred_2015 contiennent les variantes des paramètres)',
  sql_statement: 'Instruction',
  sql_running: 'Exécution…',
  sql_run: 'Exécuter (Ctrl+Entrée)',
  sql_example: 'Exemple {n}',
};
