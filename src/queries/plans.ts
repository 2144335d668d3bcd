import { z } from 'zod';
import type { Connector } from '../db/connector';
import type { Query } from './explore';
import { whereClause, type Filters } from './filters';

const FACTS = [
  'influence_development',
  'influence_implementation',
  'participation',
  'forum',
  'minimum_requirement_met',
  'participating_groups',
  'public_meetings',
];
const HAS_FACTS = `(${FACTS.map((c) => `${c} IS NOT NULL`).join(' OR ')})`;

export const PLAN_COLUMNS = `plan_id, member_id, member, kind, region, plan_number, cycle,
  year_submission, year_end, era, commitments, title, submission_date, end_date,
  influence_development, influence_implementation, participation, forum,
  minimum_requirement_met, participating_groups, public_meetings, source`;

export function memberPlansQuery(memberId: string): Query {
  return {
    sql: `SELECT ${PLAN_COLUMNS}, ${HAS_FACTS} AS has_facts FROM action_plans WHERE member_id = ?
ORDER BY year_submission NULLS LAST, plan_number NULLS LAST, plan_id`,
    params: [memberId],
  };
}

export interface PlansOptions {
  filters: Filters;
  /** Only plans with at least one co-creation fact. */
  withFactsOnly: boolean;
}

/**
 * Action plans under the global filters. Plan-level filters apply to the plan's own columns;
 * OGP values and policy areas are commitment-level, so a plan matches when one of its
 * commitments does (a plan without commitments then drops out, which the view says).
 */
export function plansQuery(o: PlansOptions): Query {
  const { values, policyAreas, ...planLevel } = o.filters;
  const plan = whereClause(planLevel);
  const inner = whereClause({ values, policyAreas });
  const conds = [
    plan.sql.replace(/^WHERE /, ''),
    inner.sql ? `plan_id IN (SELECT plan_id FROM commitments ${inner.sql})` : '',
    o.withFactsOnly ? HAS_FACTS : '',
  ].filter(Boolean);
  return {
    sql: `SELECT ${PLAN_COLUMNS}, ${HAS_FACTS} AS has_facts FROM action_plans
${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
ORDER BY has_facts DESC, member, year_submission NULLS LAST, plan_id`,
    params: [...plan.params, ...inner.params],
  };
}

export const planRow = z.object({
  plan_id: z.string(),
  member_id: z.string().nullable(),
  member: z.string().nullable(),
  kind: z.string().nullable(),
  region: z.string().nullable(),
  plan_number: z.number().nullable(),
  cycle: z.string().nullable(),
  year_submission: z.number().nullable(),
  year_end: z.number().nullable(),
  era: z.string().nullable(),
  commitments: z.number(),
  title: z.string().nullable(),
  submission_date: z.string().nullable(),
  end_date: z.string().nullable(),
  influence_development: z.string().nullable(),
  influence_implementation: z.string().nullable(),
  participation: z.string().nullable(),
  forum: z.string().nullable(),
  minimum_requirement_met: z.string().nullable(),
  participating_groups: z.number().nullable(),
  public_meetings: z.number().nullable(),
  source: z.string().nullable(),
  has_facts: z.boolean(),
});
export type PlanRow = z.infer<typeof planRow>;

export async function fetchPlans(conn: Connector, o: PlansOptions): Promise<PlanRow[]> {
  const { sql, params } = plansQuery(o);
  return (await conn.query(sql, params)).map((r) => planRow.parse(r));
}
