import { useRef } from 'react';
import { useDataset, useView } from '../../hooks/app-context';
import type { AsyncState } from '../../hooks/async-state';
import { useQuery } from '../../hooks/use-query';
import { fetchExplorePage, type ExploreResult } from '../../queries/explore';
import type { ExploreParams } from './explore-params';

/**
 * One page of Explore rows and the selection's row count, re-queried when the dataset, a
 * filter, a switch, the search, the sort, the page or the columns change. The previous page
 * stays in `data` while the next one loads; the count is asked again only for a new selection.
 */
export function useExplorePage(p: ExploreParams): AsyncState<ExploreResult> {
  const { conn, version, load } = useDataset();
  const { filters, switches } = useView();
  const counted = useRef<{ key: string; total: number } | null>(null);
  const ready = conn !== null && load.data !== null && load.status !== 'pending';
  const selectionKey = JSON.stringify([version, filters, p.search]);
  return useQuery(() => {
    if (!ready || !conn) return null;
    const known = counted.current?.key === selectionKey ? counted.current.total : undefined;
    const page = { filters, switches, ...p };
    return fetchExplorePage(conn, page, known).then((r) => {
      counted.current = { key: selectionKey, total: r.total };
      return r;
    });
  }, [
    ready,
    conn,
    selectionKey,
    JSON.stringify(switches),
    p.sort?.id,
    p.sort?.desc,
    p.pageIndex,
    p.pageSize,
    p.columns.join(','),
  ]);
}
