import type { BrowserConnector } from './browser-connector';

let pending: Promise<BrowserConnector> | null = null;

/**
 * The app's one DuckDB, started on first use. Every caller shares the same in-flight promise,
 * so two views asking at once never start two workers; a failed start is forgotten so the next
 * call can retry.
 */
export function getConnector(onProgress?: (stage: string) => void): Promise<BrowserConnector> {
  // DuckDB's JS (bindings, Apache Arrow) is its own chunk: the shell and the precomputed first
  // view do not wait for it to download and parse.
  pending ??= import('./browser-connector')
    .then((m) => m.createBrowserConnector(onProgress))
    .catch((e: unknown) => {
      pending = null;
      throw e;
    });
  return pending;
}

/** Forgets a dead DuckDB so the next getConnector() starts a fresh worker. */
export function resetConnector(): void {
  pending = null;
}
