import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

// duckdb-wasm's own test for WebAssembly exceptions (getPlatformFeatures), which decides between
// its eh and mvp bundles; createBrowserConnector checks the choice with selectBundle itself.
const WASM_EXCEPTIONS = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
]);

let early: { url: string; worker: Worker } | null = null;

/**
 * Starts DuckDB's worker while the app is still evaluating: the browser fetches and compiles its
 * 770 KB script (≈ 0.3 s) on another thread, so the worker is ready when DuckDB's own JS arrives
 * and asks for the wasm. Only the worker: instantiating the wasm this early would compete with
 * the first render for the CPU, and that chart must not wait.
 */
export function spawnWorkerEarly(): void {
  if (early || typeof Worker === 'undefined') return;
  try {
    const url = WebAssembly.validate(WASM_EXCEPTIONS) ? ehWorker : mvpWorker;
    early = { url, worker: new Worker(url) };
  } catch {
    // createBrowserConnector starts its own worker.
  }
}

/** The early worker if it runs `url`, once; one running another bundle is ended. */
export function takeEarlyWorker(url: string): Worker | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (taken.url === url) return taken.worker;
  taken.worker.terminate();
  return null;
}
