import { createBrowserConnector } from './browser-connector';
import type { Connector } from './connector';

let pending: Promise<Connector> | null = null;

/**
 * The app's one DuckDB, started on first use. Every caller shares the same in-flight promise,
 * so two views asking at once never start two workers; a failed start is forgotten so the next
 * call can retry.
 */
export function getConnector(onProgress?: (stage: string) => void): Promise<Connector> {
  pending ??= createBrowserConnector(onProgress).catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}
