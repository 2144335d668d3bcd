import { METRICS, type MetricId, type MetricValue } from '../../metrics';
import type { CycleComparison } from '../../queries/briefing';
import type { SummaryGroup } from '../../queries/summarize';

export interface ScopeValues {
  member: MetricValue | null;
  region: MetricValue | null;
  global: MetricValue | null;
}

export interface CycleRow {
  /** null: the member's cycles pooled. */
  cycle: string | null;
  metrics: Record<MetricId, ScopeValues>;
}

const find = (groups: SummaryGroup[], cycle: string | null) =>
  groups.find((g) => (cycle === null ? g.key.cycle === undefined : g.key.cycle === cycle));

/** One row per cycle of the member (oldest first), then the pooled row. */
export function cycleRows(c: CycleComparison): CycleRow[] {
  const cycles = c.member.flatMap((g) => (g.key.cycle !== undefined ? [g.key.cycle] : []));
  return [...cycles.sort(), null].map((cycle) => {
    const m = find(c.member, cycle);
    const r = find(c.region, cycle);
    const g = find(c.global, cycle);
    const metrics = {} as Record<MetricId, ScopeValues>;
    for (const def of METRICS)
      metrics[def.id] = {
        member: m?.metrics[def.id] ?? null,
        region: r?.metrics[def.id] ?? null,
        global: g?.metrics[def.id] ?? null,
      };
    return { cycle, metrics };
  });
}
