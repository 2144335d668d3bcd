import { useDataset } from '../../hooks/app-context';
import type { AsyncState } from '../../hooks/async-state';
import { useQuery } from '../../hooks/use-query';
import { runReadOnly, type ConsoleResult } from '../../queries/sql-console';

/**
 * Runs the URL's query (`params.q`) once the dataset is loaded, and again when it or the dataset
 * changes; `run` is bumped by "Run" to repeat the same text.
 */
export function useSqlConsole(sql: string, run: number): AsyncState<ConsoleResult> {
  const { conn, version, load } = useDataset();
  // Never while a dataset loads: the console's ROLLBACK must not meet a load's CREATE TABLE.
  const ready = conn !== null && load.data !== null && load.status !== 'pending';
  return useQuery(
    () => (ready && conn && sql.trim() !== '' ? runReadOnly(conn, sql) : null),
    [ready, conn, version, sql, run],
  );
}
