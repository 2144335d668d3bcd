import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getConnector } from '../db/get-connector';
import type { Connector } from '../db/connector';
import { loadDataset, UnmappedHeadersError, type ColumnMapping, type LoadReport } from '../ingest';
import { BUILTIN_DATASETS, DEFAULT_DATASET_ID } from '../datasets/builtin-datasets';
import { prepareLoad, type LoadRequest, type PreparedLoad } from '../datasets/dataset-request';
import { recallMapping, rememberMapping } from '../state/mapping-store';
import type { DatasetContextValue, MappingNeeded } from './app-context';
import { IDLE, failed, pending, ready, type AsyncState } from './async-state';

interface PendingMapping {
  needed: MappingNeeded;
  prepared: PreparedLoad;
}

/** Owns DuckDB start-up and dataset loading; loads run one after another, never interleaved. */
export function useDatasetLoader(): DatasetContextValue {
  const [conn, setConn] = useState<Connector | null>(null);
  const [load, setLoad] = useState<AsyncState<LoadReport>>(IDLE);
  const [stage, setStage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [mapping, setMapping] = useState<PendingMapping | null>(null);
  const connRef = useRef<Connector | null>(null);
  const ticket = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const run = useCallback((source: LoadRequest | PreparedLoad, chosen?: ColumnMapping) => {
    const mine = ++ticket.current;
    const progress = (s: string) => {
      performance.mark(`stage: ${s}`);
      if (mine === ticket.current) setStage(s);
    };
    setLoad(pending);
    setMapping(null);
    const job = async (): Promise<void> => {
      let prepared: PreparedLoad | null = null;
      try {
        if (!connRef.current) progress('Starting DuckDB');
        // DuckDB's start and the dataset's download run side by side.
        const [c, p] = await Promise.all([
          connRef.current ?? getConnector().then(started),
          'input' in source ? source : prepareLoad(source, progress),
        ]);
        connRef.current = c;
        prepared = p;
        setConn(c);
        const report = await loadDataset(c, prepared.input, {
          ...prepared.options,
          mapping: chosen,
          onProgress: progress,
        });
        mark('dataset-ready');
        if (mine !== ticket.current) return;
        setLoad(ready(report));
        setVersion((v) => v + 1);
      } catch (e) {
        if (mine !== ticket.current) return;
        if (e instanceof UnmappedHeadersError && prepared) {
          const remembered = chosen ? null : recallMapping(e.headers);
          if (remembered) return run(prepared, remembered);
          setMapping({ needed: mappingNeeded(e), prepared });
        }
        setLoad((s) => failed(s, e));
      }
    };
    queue.current = queue.current.then(job);
  }, []);

  const booted = useRef(false);
  useEffect(() => {
    // Once per page, even when StrictMode replays effects in development.
    if (booted.current) return;
    booted.current = true;
    const dataset = BUILTIN_DATASETS.find((d) => d.id === DEFAULT_DATASET_ID);
    if (dataset) run({ kind: 'builtin', dataset });
  }, [run]);

  const submitMapping = useCallback(
    (chosen: ColumnMapping) => {
      if (!mapping) return;
      rememberMapping(mapping.needed.headers, chosen);
      run(mapping.prepared, chosen);
    },
    [mapping, run],
  );

  const cancelMapping = useCallback(() => {
    setMapping(null);
    setLoad((s) => (s.data ? ready(s.data) : s));
  }, []);

  return useMemo(
    () => ({
      conn,
      load,
      stage,
      version,
      mappingNeeded: mapping?.needed ?? null,
      request: run,
      submitMapping,
      cancelMapping,
    }),
    [conn, load, stage, version, mapping, run, submitMapping, cancelMapping],
  );
}

function mappingNeeded(e: UnmappedHeadersError): MappingNeeded {
  return {
    fileName: e.fileName,
    headers: [...e.headers],
    suggestions: { ...e.suggestions },
    required: [...e.required],
    canonicalColumns: [...e.canonicalColumns],
  };
}

function started(c: Connector): Connector {
  mark('duckdb-ready');
  return c;
}

/** Performance marks the browser test reads for its timings (first one of each name only). */
function mark(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
