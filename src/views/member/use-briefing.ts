import { useDataset, useView } from '../../hooks/app-context';
import type { AsyncState } from '../../hooks/async-state';
import { useQuery } from '../../hooks/use-query';
import { fetchBriefing, type Briefing } from '../../queries/briefing';
import { currentDataset } from '../../queries/issues';

export interface BriefingData {
  briefing: Briefing | null;
  dataset: Awaited<ReturnType<typeof currentDataset>>;
}

/** The member's briefing under the switches in force, with the dataset's provenance. */
export function useBriefing(memberId: string | null): AsyncState<BriefingData> {
  const { conn, version, load } = useDataset();
  const { switches } = useView();
  const ready = conn !== null && load.data !== null && load.status !== 'pending';
  return useQuery(
    () =>
      ready && conn && memberId
        ? (async () => ({
            briefing: await fetchBriefing(conn, memberId, switches),
            dataset: await currentDataset(conn),
          }))()
        : null,
    [ready, conn, version, memberId, JSON.stringify(switches)],
  );
}
