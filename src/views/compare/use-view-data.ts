import { useMemo } from 'react';
import type { Connector } from '../../db/connector';
import { useDataset, useView } from '../../hooks/app-context';
import { IDLE, toError, type AsyncState } from '../../hooks/async-state';
import { useQuery } from '../../hooks/use-query';
import type { DatasetInfo } from '../../ingest';
import type { Switches } from '../../metrics';
import { loadFacts, type Facts } from '../../queries/facts';
import type { Filters } from '../../queries/filters';

/** A view's figures together with the inputs that produced them (so a chart's frame matches). */
export interface Snapshot<T> {
  data: T;
  dataset: DatasetInfo;
  switches: Switches;
  filters: Filters;
}

interface FactsSnapshot {
  facts: Facts;
  dataset: DatasetInfo;
}

// One facts query per dataset and switches, shared by every Compare sub-view and Trends.
const cache = new WeakMap<Connector, { key: string; facts: Promise<Facts> }>();

function cachedFacts(conn: Connector, version: number, switches: Switches): Promise<Facts> {
  const key = `${version}|${JSON.stringify(switches)}`;
  const hit = cache.get(conn);
  if (hit?.key === key) return hit.facts;
  const facts = loadFacts(conn, switches);
  cache.set(conn, { key, facts });
  facts.catch(() => cache.delete(conn));
  return facts;
}

function useFacts(): AsyncState<FactsSnapshot> {
  const { conn, load, version } = useDataset();
  const { switches } = useView();
  const dataset = load.data?.dataset ?? null;
  return useQuery(
    () =>
      conn && dataset
        ? cachedFacts(conn, version, switches).then((facts) => ({ facts, dataset }))
        : null,
    [conn, version, JSON.stringify(switches)],
  );
}

/**
 * A view's figures: the facts come from DuckDB once per dataset and switch change (the previous
 * figures stay on screen meanwhile); every filter or view-parameter change is then computed
 * synchronously from them — no round trip to the worker, so the chart redraws within a frame.
 */
export function useViewData<T>(
  compute: (facts: Facts, filters: Filters) => T,
  key: readonly unknown[],
): AsyncState<Snapshot<T>> {
  const facts = useFacts();
  const { filters } = useView();
  const filtersKey = JSON.stringify(filters);
  const paramsKey = JSON.stringify(key);
  const current = facts.data;
  const result = useMemo(() => {
    if (!current) return null;
    // Timing only (read by bench/filter-change.ts); the result never depends on it.
    // eslint-disable-next-line react-hooks/purity
    const start = performance.now();
    try {
      const data = compute(current.facts, filters);
      performance.measure('view-compute', { start });
      return { data, dataset: current.dataset, switches: current.facts.switches, filters };
    } catch (e) {
      return toError(e);
    }
    // `compute` is a fresh closure every render; the inputs it reads are the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, filtersKey, paramsKey]);
  if (result instanceof Error) return { status: 'error', data: null, error: result };
  if (result === null) {
    if (facts.status === 'error') return { status: 'error', data: null, error: facts.error };
    return facts.status === 'pending' ? { status: 'pending', data: null, error: null } : IDLE;
  }
  return facts.status === 'error'
    ? { status: 'error', data: result, error: facts.error }
    : facts.status === 'pending'
      ? { status: 'pending', data: result, error: null }
      : { status: 'ready', data: result, error: null };
}
