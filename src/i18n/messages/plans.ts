import type { Messages } from './types';

/** The action plans view and the SQL console (src/views/plans, src/views/sql). */
export const en = {
  title: 'Action plans and co-creation',
  intro:
    "Co-creation facts (level of public influence during development and implementation on IAP2's scale, open or closed participation, a regularly meeting multistakeholder forum, whether the minimum requirement — involve — was met, participating groups and public meetings) come from an action-plans file loaded next to the commitments in the",
  dataTab: 'Data tab',
  introAfter:
    ' (CSV, JSON or XLSX; layout in docs/data-formats.md §3). Plans without commitments, such as OGP Local plans, are listed too.',
  commitmentLevel:
    'OGP values and policy areas describe commitments: a plan is listed when one of its commitments matches, so plans without commitments are hidden by these filters.',
  factsOnly: 'Only plans with co-creation facts',
  caption:
    '{count, plural, one {{countText} action plan} other {{countText} action plans}}, {withFacts} with co-creation facts',
  kindUnknown: 'kind unknown',
  source: 'Source: {source}',
  h_member: 'Member',
  h_plan: 'Plan',
  h_cycle: 'Cycle',
  h_commitments: 'Commit\u00adments',
  h_influenceDev: 'Influence: development',
  h_influenceImpl: 'Influence: implementation',
  h_participation: 'Participation',
  h_forum: 'Forum',
  h_minimum: 'Minimum met',
  h_groups: 'Groups',
  h_meetings: 'Meetings',
  sql_title: 'SQL console',
  sql_intro:
    'Read-only: SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW and EXPLAIN over the loaded tables {tables}. Anything else is refused, and every statement runs inside a transaction that is rolled back. At most {cap} rows are shown and exported.',
  sql_refused: 'Refused by the read-only console',
  sql_failed: 'DuckDB could not run this statement (nothing was changed)',
  sql_rows: '{count, plural, one {{countText} row} other {{countText} rows}}',
  sql_cut: ' (cut at {cap})',
  sql_ms: ' in {ms} ms',
  sql_export: 'Export CSV',
  sql_result: 'Result',
  sql_rules:
    'raw tables: switches do not apply (h_* columns hold the default rules; h_ambition_high_alt and h_starred_2015 hold the switch variants)',
  sql_statement: 'Statement',
  sql_running: 'Running…',
  sql_run: 'Run (Ctrl+Enter)',
  sql_example: 'Example {n}',
} as const;

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

export const es: Messages<typeof en> = {
  title: 'Planes de acción y cocreación',
  intro:
    'Los datos de cocreación (nivel de influencia del público durante la elaboración y la implementación en la escala de IAP2, participación abierta o cerrada, un foro multiactor que se reúne con regularidad, si se cumplió el requisito mínimo —involucrar—, grupos participantes y reuniones públicas) provienen de un archivo de planes de acción cargado junto con los compromisos en la',
  dataTab: 'pestaña Datos',
  introAfter:
    ' (CSV, JSON o XLSX; formato en docs/data-formats.md §3). También se listan los planes sin compromisos, como los de OGP Local.',
  commitmentLevel:
    'Los valores de OGP y las áreas de política describen compromisos: un plan se lista cuando uno de sus compromisos coincide, por lo que estos filtros ocultan los planes sin compromisos.',
  factsOnly: 'Solo planes con datos de cocreación',
  caption:
    '{count, plural, one {{countText} plan de acción} other {{countText} planes de acción}}, {withFacts} con datos de cocreación',
  kindUnknown: 'tipo desconocido',
  source: 'Fuente: {source}',
  h_member: 'Miembro',
  h_plan: 'Plan',
  h_cycle: 'Ciclo',
  h_commitments: 'Compro\u00admisos',
  h_influenceDev: 'Influencia: elaboración',
  h_influenceImpl: 'Influencia: implementación',
  h_participation: 'Participación',
  h_forum: 'Foro',
  h_minimum: 'Mínimo cumplido',
  h_groups: 'Grupos',
  h_meetings: 'Reuniones',
  sql_title: 'Consola SQL',
  sql_intro:
    'Solo lectura: SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW y EXPLAIN sobre las tablas cargadas {tables}. Todo lo demás se rechaza, y cada instrucción se ejecuta dentro de una transacción que se revierte. Se muestran y exportan como máximo {cap} filas.',
  sql_refused: 'Rechazado por la consola de solo lectura',
  sql_failed: 'DuckDB no pudo ejecutar esta instrucción (no se cambió nada)',
  sql_rows: '{count, plural, one {{countText} fila} other {{countText} filas}}',
  sql_cut: ' (cortado en {cap})',
  sql_ms: ' en {ms} ms',
  sql_export: 'Exportar CSV',
  sql_result: 'Resultado',
  sql_rules:
    'tablas sin procesar: los ajustes no se aplican (las columnas h_* siguen las reglas por defecto; h_ambition_high_alt y h_starred_2015 contienen las variantes de los ajustes)',
  sql_statement: 'Instrucción',
  sql_running: 'Ejecutando…',
  sql_run: 'Ejecutar (Ctrl+Intro)',
  sql_example: 'Ejemplo {n}',
};
