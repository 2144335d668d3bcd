/**
 * The Compare view's query set for one filter state: every cube the four Compare panels compute
 * (src/queries: heatmap, distribution, quadrant by member, pipeline), with the panels' own sets
 * and measures, at the panels' defaults. Each engine answers with, per set and group, the
 * commitments, and per measure the "yes" and "rated" counts — the numbers every figure is made of.
 */
import { HEAT_SETS } from '../../src/queries/compare';
import { SETS as DIST_SETS } from '../../src/queries/distribution';
import { PIPELINE_STEPS, type MeasureId } from '../../src/queries/measures';
import type { CubeKey, CubeSet } from '../../src/queries/metric-cube';
import { SETS as PIPE_SETS } from '../../src/queries/pipeline';
import { QUADRANT_MEASURES, quadrantSets } from '../../src/queries/quadrant';
import type { DistField } from '../../src/queries/distribution-fields';

export interface CubeQuery {
  name: string;
  measures: readonly MeasureId[];
  sets: readonly CubeSet[];
  levelField?: DistField;
}

export const QUERY_SET: readonly CubeQuery[] = [
  { name: 'heatmap', measures: ['high_completion'], sets: HEAT_SETS },
  { name: 'distribution', measures: [], sets: DIST_SETS, levelField: 'completion' },
  { name: 'quadrant', measures: QUADRANT_MEASURES, sets: quadrantSets('member') },
  { name: 'pipeline', measures: PIPELINE_STEPS.map((s) => s.id), sets: PIPE_SETS },
];

/**
 * The filter state: one region selected (as bench/filter-change.ts clicks it) and a start year.
 * Selection = member/region filters; reference = every other filter (metric-cube.ts semantics).
 */
export interface BenchFilters {
  regions: string[];
  yearFrom: number;
}
export const FILTERS: BenchFilters = { regions: ['Europe'], yearFrom: 2012 };

/** The facts column a cube key reads. */
export const column = (key: CubeKey, q: CubeQuery): string =>
  key === 'level' ? `l_${q.levelField ?? ''}` : key;

/** Canonical answer: `query|set|key=value,…` → [commitments, yes…, rated…]; NULL keys as ∅. */
export type Answer = Map<string, number[]>;

export function answerKey(
  q: number,
  s: number,
  keys: readonly CubeKey[],
  values: unknown[],
): string {
  return `${q}|${s}|${keys.map((k, i) => `${k}=${values[i] === null || values[i] === undefined ? '∅' : String(values[i])}`).join(',')}`;
}

/** First differences between two answers (empty when identical). */
export function diff(a: Answer, b: Answer, limit = 5): string[] {
  const out: string[] = [];
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w) out.push(`${k}: missing`);
    else if (w.join() !== v.join()) out.push(`${k}: ${v.join()} ≠ ${w.join()}`);
    if (out.length >= limit) return out;
  }
  for (const k of b.keys()) {
    if (!a.has(k)) out.push(`${k}: extra`);
    if (out.length >= limit) return out;
  }
  return out;
}
