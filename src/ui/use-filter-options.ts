import { useDataset } from '../hooks/app-context';
import type { AsyncState } from '../hooks/async-state';
import { useQuery } from '../hooks/use-query';
import { filterOptions, type FilterOptions } from '../queries/filter-options';

/** The values every filter can take in the loaded dataset: one query per dataset. */
export function useFilterOptions(): AsyncState<FilterOptions> {
  const { conn, version } = useDataset();
  return useQuery(() => (conn && version > 0 ? filterOptions(conn) : null), [conn, version]);
}
