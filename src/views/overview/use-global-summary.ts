import { useMemo } from 'react';
import type { Connector } from '../../db/connector';
import { useDataset, useView } from '../../hooks/app-context';
import { ready, type AsyncState } from '../../hooks/async-state';
import { firstViewFor } from '../../datasets/first-view';
import { useQuery } from '../../hooks/use-query';
import type { DatasetInfo } from '../../ingest';
import type { MetricId, MetricValue, Switches } from '../../metrics';
import { summarize } from '../../queries';

export interface GlobalSummary {
  dataset: DatasetInfo;
  switches: Switches;
  values: Record<MetricId, MetricValue>;
  /** True while the figures come from the build-time snapshot, before DuckDB is ready. */
  precomputed: boolean;
}

/** Every metric over the whole dataset, re-run when the dataset or a switch changes. */
export function useGlobalSummary(): AsyncState<GlobalSummary> {
  const { conn, load, version, loadingId } = useDataset();
  const { switches } = useView();
  const dataset = load.data?.dataset ?? null;
  const live = useQuery(
    () => (conn && dataset ? globalSummary(conn, dataset, switches) : null),
    [conn, version, switches],
  );
  // The snapshot is the built-in dataset as built: it stands for that dataset while it loads and
  // until its first live figures arrive (no "Loading…" between the two), never once pages were
  // added to it.
  const snapshotId = dataset ? (load.data?.pages ? null : dataset.id) : loadingId;
  const snapshot = useMemo(() => {
    const first = firstViewFor(snapshotId, switches);
    return first ? ready<GlobalSummary>({ ...first, switches, precomputed: true }) : null;
  }, [snapshotId, switches]);
  return live.data || live.status === 'error' || !snapshot ? live : snapshot;
}

async function globalSummary(
  conn: Connector,
  dataset: DatasetInfo,
  switches: Switches,
): Promise<GlobalSummary> {
  const [all] = await summarize(conn, { by: [], switches });
  if (!all) throw new Error('The summary query returned no rows');
  return { dataset, switches, values: all.metrics, precomputed: false };
}
