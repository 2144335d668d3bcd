import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getConnector, resetConnector } from '../db/get-connector';
import type { BrowserConnector } from '../db/browser-connector';
import {
  addPages as addPagesToSession,
  browserParallelLoading,
  loadWithPages,
  LoadCancelled,
  reportWithPages,
  UnmappedHeadersError,
  type AddPagesResult,
  type ColumnMapping,
  type ImportedPage,
  type LoadReport,
} from '../ingest';
import { BUILTIN_DATASETS, DEFAULT_DATASET_ID } from '../datasets/builtin-datasets';
import { prepareLoad, type LoadRequest, type PreparedLoad } from '../datasets/dataset-request';
import { recallMapping, rememberMapping } from '../state/mapping-store';
import type { DatasetContextValue, MappingNeeded } from './app-context';
import { IDLE, failed, pending, ready, type AsyncState } from './async-state';

type Run = (
  source: LoadRequest | PreparedLoad,
  chosen?: ColumnMapping,
  pages?: ImportedPage[],
) => void;

interface PendingMapping {
  needed: MappingNeeded;
  prepared: PreparedLoad;
}

/** Owns DuckDB start-up and dataset loading; loads run one after another, never interleaved. */
export function useDatasetLoader(): DatasetContextValue {
  const [conn, setConn] = useState<BrowserConnector | null>(null);
  const [recovery, setRecovery] = useState<{ reason: string; reloaded: string | null } | null>(
    null,
  );
  const [loadingId, setLoadingId] = useState<string | null>(null);
  const [load, setLoad] = useState<AsyncState<LoadReport>>(IDLE);
  const [stage, setStage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [mapping, setMapping] = useState<PendingMapping | null>(null);
  const [cancelled, setCancelled] = useState(false);
  /** One per load asked for and not yet ended: Cancel aborts them all. */
  const running = useRef(new Set<AbortController>());
  const connRef = useRef<BrowserConnector | null>(null);
  /** The last load that succeeded, bytes in hand, with the pages added to it since: what a worker restart loads again. */
  const lastGood = useRef<{
    prepared: PreparedLoad;
    mapping: ColumnMapping | undefined;
    pages: ImportedPage[];
  } | null>(null);
  const runRef = useRef<Run>(() => {});
  const onCrashRef = useRef<(reason: string) => void>(() => {});
  const ticket = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const run = useCallback<Run>((source, chosen, pages = []) => {
    const mine = ++ticket.current;
    const progress = (s: string) => {
      performance.mark(`stage: ${s}`);
      if (mine === ticket.current) setStage(s);
    };
    setLoad(pending);
    setMapping(null);
    setCancelled(false);
    const controller = new AbortController();
    running.current.add(controller);
    setLoadingId(
      'input' in source ? source.options.id : source.kind === 'builtin' ? source.dataset.id : null,
    );
    const job = async (): Promise<void> => {
      let prepared: PreparedLoad | null = null;
      try {
        if (!connRef.current) progress('Starting DuckDB');
        // DuckDB's start and the dataset's download run side by side.
        const [c, p] = await Promise.all([
          connRef.current ?? getConnector().then((c) => started(c, (r) => onCrashRef.current(r))),
          'input' in source ? source : prepareLoad(source, progress),
        ]);
        connRef.current = c;
        prepared = p;
        setConn(c);
        const report = await loadWithPages(
          c,
          prepared.input,
          {
            ...prepared.options,
            mapping: chosen,
            onProgress: progress,
            parallel: browserParallelLoading(),
            signal: controller.signal,
          },
          pages,
        );
        mark('dataset-ready');
        lastGood.current = { prepared, mapping: chosen, pages: [...pages] };
        if (mine !== ticket.current) return;
        setLoad(ready(report));
        setVersion((v) => v + 1);
      } catch (e) {
        if (mine !== ticket.current) return;
        if (e instanceof LoadCancelled) {
          setCancelled(true);
          // Nothing changed in DuckDB: the report of the data loaded before is still true.
          setLoad((s) => (s.data ? ready(s.data) : failed(s, e)));
          return;
        }
        if (e instanceof UnmappedHeadersError && prepared) {
          const remembered = chosen ? null : recallMapping(e.headers);
          if (remembered) return run(prepared, remembered);
          setMapping({ needed: mappingNeeded(e), prepared });
        }
        setLoad((s) => failed(s, e));
      } finally {
        running.current.delete(controller);
      }
    };
    queue.current = queue.current.then(job);
  }, []);

  /** Pages join the current session's data, queued behind any load; a reload adds them again. */
  const addPages = useCallback((pages: readonly ImportedPage[]): Promise<AddPagesResult> => {
    const job = async (): Promise<AddPagesResult> => {
      const c = connRef.current;
      const session = lastGood.current;
      if (!c || !session) throw new Error('Load a dataset first: pages join the loaded data.');
      const result = await addPagesToSession(c, pages, { asOf: session.prepared.options.asOf });
      session.pages.push(...result.addedPages);
      if (result.added.length > 0) {
        setLoad((s) => (s.data ? ready(reportWithPages(s.data, result)) : s));
        setVersion((v) => v + 1);
      }
      return result;
    };
    const done = queue.current.then(job);
    queue.current = done.then(
      () => {},
      () => {},
    );
    return done;
  }, []);

  /** The worker died: start a new one and load the session's data again, saying so. */
  const onCrash = useCallback((reason: string) => {
    resetConnector();
    connRef.current = null;
    setConn(null);
    const again = lastGood.current;
    setRecovery({ reason, reloaded: again ? again.prepared.options.name : null });
    if (again) runRef.current(again.prepared, again.mapping, again.pages);
  }, []);

  useEffect(() => {
    runRef.current = run;
    onCrashRef.current = onCrash;
  }, [run, onCrash]);

  useEffect(() => {
    // Diagnostics hook for resilience tests: ends the worker as a crash would.
    window.irmAtlasDiagnostics = { simulateWorkerCrash: () => connRef.current?.simulateCrash() };
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

  const cancelLoad = useCallback(() => {
    for (const c of running.current) c.abort();
  }, []);

  const cancelMapping = useCallback(() => {
    setMapping(null);
    setLoad((s) => (s.data ? ready(s.data) : s));
  }, []);

  return useMemo(
    () => ({
      conn,
      load,
      stage,
      recovery,
      loadingId,
      version,
      mappingNeeded: mapping?.needed ?? null,
      request: run,
      submitMapping,
      cancelMapping,
      cancelLoad,
      cancelled,
      addPages,
    }),
    [
      conn,
      load,
      stage,
      recovery,
      loadingId,
      version,
      mapping,
      run,
      submitMapping,
      cancelMapping,
      cancelLoad,
      cancelled,
      addPages,
    ],
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

function started(c: BrowserConnector, onCrash: (reason: string) => void): BrowserConnector {
  mark('duckdb-ready');
  c.onCrash(onCrash);
  return c;
}

declare global {
  interface Window {
    irmAtlasDiagnostics?: { simulateWorkerCrash(): void };
  }
}

/** Performance marks the browser test reads for its timings (first one of each name only). */
function mark(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
