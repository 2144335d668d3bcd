import type { MetricValue } from '../metrics';
import { asEra, type EraKey } from './compare';
import type { Filters } from './filters';
import type { Facts } from './facts';
import { factCube, valueOf, type CubeKey, type CubeSet } from './metric-cube';
import type { MeasureId } from './measures';

const MEMBER = ['member', 'region'] as const;

export type QuadrantUnit = 'member' | 'plan';

export interface QuadrantPoint {
  key: string;
  member: string;
  region: string;
  /** The plan's cycle (unit = plan). */
  cycle: string | null;
  /** null when pooled. */
  era: EraKey | null;
  commitments: number;
  design: MetricValue;
  implementation: MetricValue;
}

export interface QuadrantReference {
  region: string | null;
  era: EraKey | null;
  design: MetricValue;
  implementation: MetricValue;
}

export interface QuadrantData {
  points: QuadrantPoint[];
  references: QuadrantReference[];
}

export const QUADRANT_MEASURES: MeasureId[] = ['design', 'high_completion'];

/** The cube sets behind one quadrant (exported for bench/queryset). */
export function quadrantSets(unitKind: QuadrantUnit): CubeSet[] {
  const unit: CubeKey[] = unitKind === 'plan' ? [...MEMBER, 'plan', 'cycle'] : [...MEMBER];
  return [
    { scope: 'selection', keys: unit },
    { scope: 'selection', keys: [...unit, 'era'] },
    { scope: 'reference', keys: [] },
    { scope: 'reference', keys: ['era'] },
    { scope: 'reference', keys: ['region'] },
    { scope: 'reference', keys: ['region', 'era'] },
  ];
}

/** Design (verifiable and ambitious) against implementation (high completion), per unit. */
export function quadrantData(
  facts: Facts,
  q: { filters: Filters; unit: QuadrantUnit },
): QuadrantData {
  const sets = quadrantSets(q.unit);
  const rows = factCube(facts, { ...q, measures: QUADRANT_MEASURES, sets });
  const points: QuadrantPoint[] = [];
  const references: QuadrantReference[] = [];
  for (const r of rows) {
    const design = valueOf(r, 'design');
    const implementation = valueOf(r, 'high_completion');
    const era = asEra(r.keys.era);
    if (r.set >= 2) {
      references.push({ region: r.keys.region ?? null, era, design, implementation });
      continue;
    }
    const member = r.keys.member ?? 'unknown';
    const cycle = r.keys.cycle ?? null;
    points.push({
      key: [r.keys.plan ?? member, era ?? 'all'].join('|'),
      member,
      region: r.keys.region ?? 'unknown',
      cycle,
      era,
      commitments: r.commitments,
      design,
      implementation,
    });
  }
  return { points, references };
}
