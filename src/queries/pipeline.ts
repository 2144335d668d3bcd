import type { MetricValue } from '../metrics';
import { asEra, type EraKey } from './compare';
import type { Filters } from './filters';
import { PIPELINE_STEPS, type MeasureId } from './measures';
import type { Facts } from './facts';
import { factCube, valueOf, type CubeSet } from './metric-cube';

export interface PipelineColumn {
  /** null: both eras pooled. */
  era: EraKey | null;
  commitments: number;
  steps: MetricValue[];
}

export interface PipelineData {
  steps: readonly { id: MeasureId; label: string }[];
  selection: PipelineColumn[];
  /** The same filters without the member and region selection. */
  global: PipelineColumn[];
}

export const SETS: CubeSet[] = [
  { scope: 'selection', keys: [] },
  { scope: 'selection', keys: ['era'] },
  { scope: 'reference', keys: [] },
  { scope: 'reference', keys: ['era'] },
];

/**
 * Verifiable → ambitious → high completion → strong results: each step counts the commitments
 * that meet it and every step before it, pooled and per era.
 */
export function pipelineData(facts: Facts, q: { filters: Filters }): PipelineData {
  const measures = PIPELINE_STEPS.map((s) => s.id);
  const rows = factCube(facts, { ...q, measures, sets: SETS });
  const selection: PipelineColumn[] = [];
  const global: PipelineColumn[] = [];
  for (const r of rows) {
    const era = asEra(r.keys.era);
    if (r.keys.era !== undefined && era === null) continue;
    const column = { era, commitments: r.commitments, steps: measures.map((m) => valueOf(r, m)) };
    (r.set < 2 ? selection : global).push(column);
  }
  return { steps: PIPELINE_STEPS, selection, global };
}
