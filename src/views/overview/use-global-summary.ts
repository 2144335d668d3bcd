import type { Connector } from '../../db/connector';
import { useDataset, useView } from '../../hooks/app-context';
import type { AsyncState } from '../../hooks/async-state';
import { useQuery } from '../../hooks/use-query';
import type { DatasetInfo } from '../../ingest';
import type { MetricId, MetricValue, Switches } from '../../metrics';
import { summarize } from '../../queries';

export interface GlobalSummary {
  dataset: DatasetInfo;
  switches: Switches;
  values: Record<MetricId, MetricValue>;
}

/** Every metric over the whole dataset, re-run when the dataset or a switch changes. */
export function useGlobalSummary(): AsyncState<GlobalSummary> {
  const { conn, load, version } = useDataset();
  const { switches } = useView();
  const dataset = load.data?.dataset ?? null;
  return useQuery(
    () => (conn && dataset ? globalSummary(conn, dataset, switches) : null),
    [conn, version, switches],
  );
}

async function globalSummary(
  conn: Connector,
  dataset: DatasetInfo,
  switches: Switches,
): Promise<GlobalSummary> {
  const [all] = await summarize(conn, { by: [], switches });
  if (!all) throw new Error('The summary query returned no rows');
  return { dataset, switches, values: all.metrics };
}
