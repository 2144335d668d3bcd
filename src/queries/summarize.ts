import { z } from 'zod';
import type { Connector, SqlParam } from '../db/connector';
import { METRICS, metricValue, type MetricId, type MetricValue } from '../metrics';
import type { Switches } from '../metrics/switches';
import { whereClause, type Filters } from './filters';

export const DIMS = ['member', 'region', 'kind', 'era', 'cycle'] as const;
export type Dim = (typeof DIMS)[number];

export interface SummaryGroup {
  key: Partial<Record<Dim, string>>;
  metrics: Record<MetricId, MetricValue>;
}

export interface SummaryQueryOptions {
  /** Grouping dimensions, in order; none gives one overall group. */
  by: readonly Dim[];
  switches: Switches;
  filters?: Filters;
}

/** Builds the one SQL statement behind every share in the app, the CLI and the exports. */
export function summaryQuery(opts: SummaryQueryOptions): { sql: string; params: SqlParam[] } {
  const dims = opts.by.filter((d) => (DIMS as readonly string[]).includes(d));
  const where = whereClause(opts.filters);
  const denominatorAll = opts.switches.denominator === 'all';
  const aggregates = METRICS.flatMap((m) => {
    const e = m.expression(opts.switches);
    return [
      `count(*) FILTER (WHERE (${e}) = 'yes')::INTEGER AS "${m.id}__yes"`,
      denominatorAll
        ? `count(*)::INTEGER AS "${m.id}__n"`
        : `count(*) FILTER (WHERE (${e}) IN ('yes', 'no'))::INTEGER AS "${m.id}__n"`,
    ];
  });
  const keys = dims.map((d) => `coalesce(${d}, 'unknown') AS ${d}`);
  const sql = [
    `SELECT ${[...keys, 'count(*)::INTEGER AS commitments', ...aggregates].join(',\n       ')}`,
    'FROM commitments',
    where.sql,
    dims.length > 0 ? `GROUP BY ${dims.map((_, i) => i + 1).join(', ')}` : '',
    dims.length > 0 ? `ORDER BY ${dims.map((_, i) => i + 1).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return { sql, params: where.params };
}

const countRow = z.record(z.string(), z.union([z.number(), z.string(), z.null()]));

export async function summarize(
  conn: Connector,
  opts: SummaryQueryOptions,
): Promise<SummaryGroup[]> {
  const { sql, params } = summaryQuery(opts);
  const rows = (await conn.query(sql, params)).map((r) => countRow.parse(r));
  return rows.map((r) => {
    const key: Partial<Record<Dim, string>> = {};
    for (const d of opts.by) key[d] = String(r[d]);
    const metrics = {} as Record<MetricId, MetricValue>;
    for (const m of METRICS)
      metrics[m.id] = metricValue(Number(r[`${m.id}__yes`]), Number(r[`${m.id}__n`]));
    return { key, metrics };
  });
}
