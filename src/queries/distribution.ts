import { asEra, type EraKey } from './compare';
import type { DistField } from './distribution-fields';
import type { Facts } from './facts';
import type { Filters } from './filters';
import { factCube, type CubeKey, type CubeSet } from './metric-cube';

export {
  DIST_FIELDS,
  DIST_FIELD_IDS,
  fieldLevels,
  distFieldLabel,
  levelExpression,
  type DistField,
  type Level,
} from './distribution-fields';

export interface DistRow {
  kind: 'member' | 'region' | 'global';
  member: string | null;
  region: string | null;
  /** null: both eras pooled. */
  era: EraKey | null;
  counts: Record<string, number>;
}

const MEMBER: CubeKey[] = ['member', 'region'];
export const SETS: CubeSet[] = [
  { scope: 'selection', keys: [...MEMBER, 'level'] },
  { scope: 'selection', keys: [...MEMBER, 'era', 'level'] },
  { scope: 'reference', keys: ['region', 'level'] },
  { scope: 'reference', keys: ['region', 'era', 'level'] },
  { scope: 'reference', keys: ['level'] },
  { scope: 'reference', keys: ['era', 'level'] },
];

/** Commitments per native level, per member and era, with regional and global references. */
export function distributionData(
  facts: Facts,
  q: { field: DistField; filters: Filters },
): DistRow[] {
  const rows = factCube(facts, {
    measures: [],
    sets: SETS,
    filters: q.filters,
    levelField: q.field,
  });
  const out = new Map<string, DistRow>();
  for (const r of rows) {
    const kind = r.set < 2 ? 'member' : r.set < 4 ? 'region' : 'global';
    const era = asEra(r.keys.era);
    if (r.keys.era !== undefined && era === null) continue;
    const member = kind === 'member' ? (r.keys.member ?? 'unknown') : null;
    const region = kind === 'global' ? null : (r.keys.region ?? 'unknown');
    const id = [kind, member, region, era].join('|');
    let row = out.get(id);
    if (!row) out.set(id, (row = { kind, member, region, era, counts: {} }));
    const level = r.keys.level ?? 'state:missing';
    row.counts[level] = (row.counts[level] ?? 0) + r.commitments;
  }
  return [...out.values()];
}
