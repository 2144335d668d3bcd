import type { MetricValue } from '../metrics';
import { asEra, type EraKey } from './compare';
import type { Filters } from './filters';
import type { MeasureId } from './measures';
import type { Facts } from './facts';
import { factCube, valueOf, type CubeKey, type CubeSet } from './metric-cube';

export interface TrendPoint {
  year: number;
  /** null: both eras pooled. */
  era: EraKey | null;
  /** The member's cycle label at that start year (member lines only). */
  cycle: string | null;
  value: MetricValue;
}

export interface TrendLine {
  kind: 'member' | 'region' | 'global';
  name: string;
  /** The member's region (member lines), else the region itself. */
  region: string | null;
  points: TrendPoint[];
}

export interface TrendsData {
  measure: MeasureId;
  lines: TrendLine[];
}

const MEMBER: CubeKey[] = ['member', 'region', 'year', 'cycle'];
const SETS: CubeSet[] = [
  { scope: 'selection', keys: MEMBER },
  { scope: 'selection', keys: [...MEMBER, 'era'] },
  { scope: 'reference', keys: ['region', 'year'] },
  { scope: 'reference', keys: ['region', 'year', 'era'] },
  { scope: 'reference', keys: ['year'] },
  { scope: 'reference', keys: ['year', 'era'] },
];

/**
 * A measure by plan start year for the selected members, every region and all members, pooled
 * and per era. With no member selected, the member lines are left out (regions and global only).
 */
export function trendsData(facts: Facts, q: { measure: MeasureId; filters: Filters }): TrendsData {
  const withMembers = (q.filters.members?.length ?? 0) > 0;
  const sets = withMembers ? SETS : SETS.filter((s) => s.scope === 'reference');
  const rows = factCube(facts, { ...q, measures: [q.measure], sets });
  const lines = new Map<string, TrendLine>();
  for (const r of rows) {
    if (r.keys.year === undefined || r.keys.year === '') continue;
    const set = sets[r.set];
    const kind =
      set?.scope === 'selection' ? 'member' : set?.keys.includes('region') ? 'region' : 'global';
    const name =
      kind === 'member' ? r.keys.member : kind === 'region' ? r.keys.region : 'All members';
    const id = `${kind}|${name}`;
    let line = lines.get(id);
    if (!line) {
      line = { kind, name: name ?? 'unknown', region: r.keys.region ?? null, points: [] };
      lines.set(id, line);
    }
    const era = asEra(r.keys.era);
    const value = valueOf(r, q.measure);
    line.points.push({ year: Number(r.keys.year), era, cycle: r.keys.cycle ?? null, value });
  }
  for (const l of lines.values()) l.points.sort((a, b) => a.year - b.year);
  return { measure: q.measure, lines: [...lines.values()] };
}
