import type { MetricValue } from '../metrics';
import type { Filters } from './filters';
import type { MeasureId } from './measures';
import type { Facts } from './facts';
import { EMPTY_VALUE, factCube, valueOf, type CubeRow, type CubeSet } from './metric-cube';

export type EraKey = 'pre2020' | 'refresh';
export const ERAS: readonly EraKey[] = ['pre2020', 'refresh'];

export const asEra = (e: string | undefined): EraKey | null =>
  e === 'pre2020' || e === 'refresh' ? e : null;

/** One figure per era, plus the pooled figure. */
export interface EraValues {
  total: MetricValue;
  byEra: Partial<Record<string, MetricValue>>;
}

export interface HeatMember extends EraValues {
  member: string;
  region: string;
  /** Start year → the member's plan cycle that year and its figure. */
  byYear: Record<string, { cycle: string; value: MetricValue }>;
}

export interface HeatReference extends EraValues {
  /** null for the global row. */
  region: string | null;
  byYear: Record<string, MetricValue>;
}

export interface HeatmapData {
  measure: MeasureId;
  members: HeatMember[];
  regions: HeatReference[];
  global: HeatReference;
}

interface Query {
  measure: MeasureId;
  filters: Filters;
}

// (member_id is not grouped: every extra key costs; the views do not need it here.)
const MEMBER = ['member', 'region'] as const;
export const HEAT_SETS: CubeSet[] = [
  { scope: 'selection', keys: [...MEMBER, 'year', 'cycle'] },
  { scope: 'selection', keys: [...MEMBER, 'era'] },
  { scope: 'selection', keys: MEMBER },
  { scope: 'reference', keys: ['region', 'year'] },
  { scope: 'reference', keys: ['region', 'era'] },
  { scope: 'reference', keys: ['region'] },
  { scope: 'reference', keys: ['year'] },
  { scope: 'reference', keys: ['era'] },
  { scope: 'reference', keys: [] },
];

/** Members × plan cycles for one measure, with regional and global reference rows: one query. */
export function heatmapData(facts: Facts, q: Query): HeatmapData {
  const rows = factCube(facts, { ...q, measures: [q.measure], sets: HEAT_SETS });
  const v = (r: CubeRow) => valueOf(r, q.measure);
  const members = new Map<string, HeatMember>();
  const regions = new Map<string, HeatReference>();
  const global: HeatReference = { region: null, total: EMPTY_VALUE, byEra: {}, byYear: {} };
  const member = (r: CubeRow): HeatMember => {
    const name = r.keys.member ?? 'unknown';
    let m = members.get(name);
    if (!m) {
      const region = r.keys.region ?? 'unknown';
      m = { member: name, region, total: EMPTY_VALUE, byEra: {}, byYear: {} };
      members.set(name, m);
    }
    return m;
  };
  const region = (r: CubeRow): HeatReference => {
    const name = r.keys.region ?? 'unknown';
    let g = regions.get(name);
    if (!g) regions.set(name, (g = { region: name, total: EMPTY_VALUE, byEra: {}, byYear: {} }));
    return g;
  };
  for (const r of rows) {
    const { year = '', era = '', cycle = '' } = r.keys;
    if (r.set === 0) member(r).byYear[year] = { cycle, value: v(r) };
    else if (r.set === 1) member(r).byEra[era] = v(r);
    else if (r.set === 2) member(r).total = v(r);
    else if (r.set === 3) region(r).byYear[year] = v(r);
    else if (r.set === 4) region(r).byEra[era] = v(r);
    else if (r.set === 5) region(r).total = v(r);
    else if (r.set === 6) global.byYear[year] = v(r);
    else if (r.set === 7) global.byEra[era] = v(r);
    else global.total = v(r);
  }
  return {
    measure: q.measure,
    members: [...members.values()],
    regions: [...regions.values()],
    global,
  };
}
