import type { ColumnSpec } from '../db/connector';
import { CANONICAL_ACTION_PLAN_COLUMNS } from '../model/canonical-layout';

const INTEGER_COLUMNS = new Set([
  'plan_number',
  'year_submission',
  'year_end',
  'participating_groups',
  'public_meetings',
]);

export const ACTION_PLAN_FACT_COLUMNS: ColumnSpec[] = [
  ...CANONICAL_ACTION_PLAN_COLUMNS.map((name): ColumnSpec => ({
    name,
    type: INTEGER_COLUMNS.has(name) ? 'INTEGER' : 'VARCHAR',
  })),
  { name: 'member_id', type: 'VARCHAR' },
  { name: 'cycle', type: 'VARCHAR' },
];

export const LOAD_ISSUE_COLUMNS: ColumnSpec[] = [
  { name: 'file', type: 'VARCHAR' },
  { name: 'row', type: 'INTEGER' },
  { name: 'column', type: 'VARCHAR' },
  { name: 'value', type: 'VARCHAR' },
  { name: 'severity', type: 'VARCHAR' },
  { name: 'message', type: 'VARCHAR' },
];

/** members and action_plans are derived from the loaded commitments plus the plans file. */
export const DERIVED_TABLES_SQL = `
CREATE OR REPLACE TABLE action_plans AS
WITH c AS (
  SELECT plan_id, any_value(member_id) AS member_id, any_value(member) AS member,
         any_value(kind) AS kind, any_value(region) AS region, min(plan_number) AS plan_number,
         min(year_submission) AS year_submission, max(year_end) AS year_end,
         any_value(cycle) AS cycle, mode(era) AS era, count(*)::INTEGER AS commitments
  FROM commitments WHERE plan_id IS NOT NULL GROUP BY plan_id
)
SELECT coalesce(c.plan_id, f.plan_id) AS plan_id,
       coalesce(c.member_id, f.member_id) AS member_id,
       coalesce(c.member, f.member) AS member,
       coalesce(c.kind, f.kind) AS kind,
       coalesce(c.region, f.region) AS region,
       coalesce(c.plan_number, f.plan_number) AS plan_number,
       coalesce(c.year_submission, f.year_submission) AS year_submission,
       coalesce(c.year_end, f.year_end) AS year_end,
       coalesce(c.cycle, f.cycle) AS cycle,
       c.era AS era,
       coalesce(c.commitments, 0)::INTEGER AS commitments,
       f.title, f.submission_date, f.end_date, f.lead_institutions,
       f.influence_development, f.influence_implementation, f.participation, f.forum,
       f.minimum_requirement_met, f.participating_groups, f.public_meetings, f.source
FROM c FULL OUTER JOIN action_plan_facts AS f ON c.plan_id = f.plan_id;

CREATE OR REPLACE TABLE members AS
SELECT member_id, any_value(name) AS name, any_value(kind) AS kind, any_value(region) AS region,
       any_value(parent_country) AS parent_country, any_value(code) AS code
FROM (
  SELECT member_id, member AS name, kind, region, parent_country, member_code AS code FROM commitments
  UNION ALL
  SELECT member_id, member, kind, region, parent_country, member_code FROM action_plan_facts
) GROUP BY member_id;
`;
