import type { BrowserConnector } from './browser-connector';

let pending: Promise<BrowserConnector> | null = null;

/** A failed start is forgotten so the next call can retry. */
function remember(start: Promise<BrowserConnector>): Promise<BrowserConnector> {
  const p = start.catch((e: unknown) => {
    if (pending === p) pending = null;
    throw e;
  });
  return p;
}

/**
 * The app's one DuckDB, started on first use. Every caller shares the same in-flight promise,
 * so two views asking at once never start two workers.
 */
export function getConnector(onProgress?: (stage: string) => void): Promise<BrowserConnector> {
  // DuckDB's JS (bindings, Apache Arrow) is its own chunk: the app's entry does not wait for
  // it (src/db/start-early.ts has usually fetched and started it already).
  pending ??= remember(
    import('./browser-connector').then((m) => m.createBrowserConnector(onProgress)),
  );
  return pending;
}

/** Makes a start already under way (src/db/start-early.ts) the one getConnector() returns. */
export function adoptConnector(start: Promise<BrowserConnector>): void {
  pending ??= remember(start);
}

/** Forgets a dead DuckDB so the next getConnector() starts a fresh worker. */
export function resetConnector(): void {
  pending = null;
}
