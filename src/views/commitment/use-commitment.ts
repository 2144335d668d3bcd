import { useDataset, useView } from '../../hooks/app-context';
import type { AsyncState } from '../../hooks/async-state';
import { useQuery } from '../../hooks/use-query';
import { fetchCommitment, type CommitmentDetail } from '../../queries/commitment';
import { fetchNeighbours, type Neighbours } from '../../queries/explore';
import { parseExploreParams } from '../explore/explore-params';

export interface CommitmentPage {
  row: CommitmentDetail | null;
  /** Previous / next in the current selection; null when this commitment is not in it. */
  neighbours: Neighbours | null;
}

/** The commitment `id` and its place in the selection Explore's parameters describe. */
export function useCommitment(id: string | null): AsyncState<CommitmentPage> {
  const { conn, version, load } = useDataset();
  const { filters, switches, params } = useView();
  const p = parseExploreParams(params);
  const ready = conn !== null && load.data !== null && load.status !== 'pending';
  return useQuery(
    () =>
      ready && conn && id
        ? (async () => {
            const row = await fetchCommitment(conn, id);
            const neighbours = row
              ? await fetchNeighbours(
                  conn,
                  { filters, switches, search: p.search, sort: p.sort },
                  id,
                )
              : null;
            return { row, neighbours };
          })()
        : null,
    [
      ready,
      conn,
      version,
      id,
      JSON.stringify(filters),
      JSON.stringify(switches),
      p.search,
      p.sort?.id,
      p.sort?.desc,
    ],
  );
}
