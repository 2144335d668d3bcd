import { z } from 'zod';
import {
  DEFAULT_SWITCHES,
  METRIC_IDS,
  type MetricId,
  type MetricValue,
  type Switches,
} from '../metrics';
import type { DatasetInfo } from '../ingest';
import snapshot from '../../data/simulated/first-view.json';

/**
 * The default dataset's overview, computed at build time by scripts/precompute-first-view.ts
 * with the same loader, rules and SQL (a test recomputes it and compares). It paints the first
 * chart while DuckDB-WASM starts; the live figures replace it as soon as they are ready.
 */
const metricValue = z.object({
  yes: z.number(),
  n: z.number(),
  share: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
});

export const FirstViewSchema = z.object({
  datasetId: z.string(),
  dataset: z.object({
    name: z.string(),
    simulated: z.boolean(),
    files: z.array(z.string()),
    asOf: z.string(),
  }),
  values: z.record(z.string(), metricValue),
});
export type FirstView = z.infer<typeof FirstViewSchema>;

const FIRST_VIEW: FirstView = FirstViewSchema.parse(snapshot);

/** The snapshot, when it answers the question asked: the default dataset under default rules. */
export function firstViewFor(
  datasetId: string | null,
  switches: Switches,
): { dataset: DatasetInfo; values: Record<MetricId, MetricValue> } | null {
  if (datasetId !== FIRST_VIEW.datasetId) return null;
  const defaults = (Object.keys(DEFAULT_SWITCHES) as (keyof Switches)[]).every(
    (k) => switches[k] === DEFAULT_SWITCHES[k],
  );
  if (!defaults) return null;
  const values = {} as Record<MetricId, MetricValue>;
  for (const id of METRIC_IDS) {
    const v = FIRST_VIEW.values[id];
    if (!v) return null;
    values[id] = v;
  }
  return {
    dataset: {
      id: FIRST_VIEW.datasetId,
      ...FIRST_VIEW.dataset,
      layout: 'ogp_export',
      loadedAt: '',
    },
    values,
  };
}
