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
