import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToColumns, arrowToRows } from './arrow-rows';
import { columnsToArrowIPC } from './arrow-insert';
import { quoteIdent } from '../lib/sql-quote';
import { SESSION_SETTINGS, type Connector } from './connector';

// Self-hosted bundles only. The coi (threads) bundle is left out on purpose: it needs
// cross-origin isolation headers a static host rarely sends, and it would double the download.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** DuckDB-WASM in a Web Worker, behind the same narrow Connector as the Node build. */
export async function createBrowserConnector(
  onProgress?: (stage: string) => void,
): Promise<Connector> {
  onProgress?.('Starting DuckDB');
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB: no worker script for this browser');
  const worker = new Worker(bundle.mainWorker);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule);
    await db.open({});
  } catch (e) {
    worker.terminate();
    throw e;
  }
  const conn = await db.connect();
  for (const s of SESSION_SETTINGS) await conn.query(s);

  return {
    async query(sql, params = []) {
      if (params.length === 0) return arrowToRows(await conn.query(sql));
      const stmt = await conn.prepare(sql);
      try {
        return arrowToRows(await stmt.query(...params));
      } finally {
        await stmt.close();
      }
    },
    async queryColumns(sql, params = []) {
      if (params.length === 0) return arrowToColumns(await conn.query(sql));
      const stmt = await conn.prepare(sql);
      try {
        return arrowToColumns(await stmt.query(...params));
      } finally {
        await stmt.close();
      }
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async registerFile(name, data) {
      // registerFileBuffer transfers data.buffer to the worker, which detaches it here; the
      // caller still owns its bytes (readers look at them again), so DuckDB gets a copy.
      await db.registerFileBuffer(name, data.slice());
    },
    async dropFile(name) {
      await db.dropFile(name);
    },
    async insertColumns(table, columns, data) {
      await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
      // Bytes, not a Table: see arrow-insert.ts.
      await conn.insertArrowFromIPCStream(columnsToArrowIPC(columns, data), {
        name: table,
        create: true,
      });
    },
    async close() {
      await conn.close();
      await db.terminate();
    },
  };
}
