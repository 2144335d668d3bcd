import { z } from 'zod';
import type { Connector } from '../db/connector';
import { METRICS, type MetricId, type Switches } from '../metrics';
import type { Query } from './explore';
import { memberPlansQuery, planRow, type PlanRow } from './plans';
import type { Filters } from './filters';
import { summarize, type SummaryGroup } from './summarize';

const metricSql = (id: MetricId, s: Switches): string => {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(`unknown metric ${id}`);
  return `(${m.expression(s)})`;
};

export function memberQuery(memberId: string): Query {
  return {
    sql: 'SELECT member_id, name, kind, region, parent_country, code FROM members WHERE member_id = ?',
    params: [memberId],
  };
}

export const PIPELINE_STEPS = [
  { id: 'verifiable', label: 'Verifiable' },
  { id: 'ambitious', label: '… and ambitious' },
  { id: 'completed', label: '… and high completion' },
  { id: 'results', label: '… and strong results' },
] as const;

/**
 * Verifiable → ambitious → high completion → strong results: each step counts the member's
 * commitments that meet it and every step before it (harmonised 'yes' under the switches).
 */
export function pipelineQuery(memberId: string, s: Switches): Query {
  const steps = ['verifiable', 'ambition_high', 'high_completion', 'strong_results'] as const;
  const counts = steps.map((_, i) => {
    const all = steps.slice(0, i + 1).map((id) => `${metricSql(id, s)} = 'yes'`);
    return `count(*) FILTER (WHERE ${all.join(' AND ')})::INTEGER AS "${PIPELINE_STEPS[i]?.id}"`;
  });
  return {
    sql: `SELECT count(*)::INTEGER AS commitments, ${counts.join(', ')} FROM commitments WHERE member_id = ?`,
    params: [memberId],
  };
}

/** Starred (under the star rule in force), promising or strong-results commitments. */
export function notableQuery(memberId: string, s: Switches): Query {
  const starred = `${metricSql('starred', s)} = 'yes'`;
  const promising = `${metricSql('promising', s)} = 'yes'`;
  const strong = `${metricSql('strong_results', s)} = 'yes'`;
  return {
    sql: `SELECT commitment_id, title, cycle, ${starred} AS starred, ${promising} AS promising,
       ${strong} AS strong_results
FROM commitments WHERE member_id = ? AND (${starred} OR ${promising} OR ${strong})
ORDER BY year_submission DESC NULLS LAST, commitment_id`,
    params: [memberId],
  };
}

const memberSchema = z.object({
  member_id: z.string(),
  name: z.string().nullable(),
  kind: z.string().nullable(),
  region: z.string().nullable(),
  parent_country: z.string().nullable(),
  code: z.string().nullable(),
});
const pipelineSchema = z.object({
  commitments: z.number(),
  verifiable: z.number(),
  ambitious: z.number(),
  completed: z.number(),
  results: z.number(),
});
const notableSchema = z.object({
  commitment_id: z.string(),
  title: z.string().nullable(),
  cycle: z.string().nullable(),
  starred: z.boolean(),
  promising: z.boolean(),
  strong_results: z.boolean(),
});

/** A plan as the briefing shows it (the plans view's row). */
export type PlanFacts = PlanRow;
export type MemberInfo = z.infer<typeof memberSchema>;
export type Pipeline = z.infer<typeof pipelineSchema>;
export type Notable = z.infer<typeof notableSchema>;

export interface CycleComparison {
  /** Per cycle of the member, then the member's cycles pooled (key.cycle undefined). */
  member: SummaryGroup[];
  /** Same cycles, members of the same kind in the same region. */
  region: SummaryGroup[];
  /** Same cycles, members of the same kind everywhere. */
  global: SummaryGroup[];
}

export interface Briefing {
  member: MemberInfo;
  plans: PlanRow[];
  cycles: CycleComparison;
  pipeline: Pipeline;
  notable: Notable[];
}

async function rows<T>(conn: Connector, q: Query, schema: z.ZodType<T>): Promise<T[]> {
  return (await conn.query(q.sql, q.params)).map((r) => schema.parse(r));
}

/** Everything the briefing shows; null when the dataset has no such member. */
export async function fetchBriefing(
  conn: Connector,
  memberId: string,
  switches: Switches,
): Promise<Briefing | null> {
  const [member] = await rows(conn, memberQuery(memberId), memberSchema);
  if (!member) return null;
  const plans = await rows(conn, memberPlansQuery(memberId), planRow);
  const [pipeline] = await rows(conn, pipelineQuery(memberId, switches), pipelineSchema);
  const notable = await rows(conn, notableQuery(memberId, switches), notableSchema);
  const kinds = member.kind ? [member.kind] : undefined;
  const cycles = [
    ...new Set(plans.flatMap((p) => (p.cycle && p.commitments > 0 ? [p.cycle] : []))),
  ];
  // Per cycle, then pooled; a member without commitments (an OGP Local plan alone) has none.
  const scoped = async (filters: Filters) =>
    cycles.length === 0
      ? []
      : [
          ...(await summarize(conn, { by: ['cycle'], switches, filters })),
          ...(await summarize(conn, { by: [], switches, filters })),
        ];
  const same: Filters = { kinds, cycles };
  return {
    member,
    plans,
    pipeline: pipeline ?? { commitments: 0, verifiable: 0, ambitious: 0, completed: 0, results: 0 },
    notable,
    cycles: {
      member: await scoped({ ...same, members: [member.name ?? member.member_id] }),
      region: member.region ? await scoped({ ...same, regions: [member.region] }) : [],
      global: await scoped(same),
    },
  };
}
