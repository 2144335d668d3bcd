/**
 * A second entry, run before the app's own (scripts/vite-early-entry.ts puts it first in the
 * page, with its chunks preloaded): it creates DuckDB's worker, which then fetches its script and
 * the wasm, while the React app is still downloading and parsing, instead of after the app has
 * evaluated and rendered, which held the worker back by ≈ 0.5 s. The import is static so the
 * worker starts within this script's run, not after a task the app's render would delay.
 */
import { createBrowserConnector } from './browser-connector';
import { adoptConnector } from './get-connector';

adoptConnector(createBrowserConnector());
