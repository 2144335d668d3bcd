import type { Connector } from '../../src/db/connector';
import { createNodeConnector } from '../../src/db/node-connector';

let shared: Promise<Connector> | null = null;

/** One real DuckDB-WASM (Node build) per test file: start-up costs about a second. */
export function testConnector(): Promise<Connector> {
  shared ??= createNodeConnector();
  return shared;
}
