import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToColumns, arrowToRows } from './arrow-rows';
import { takeEarlyWorker } from './early-worker';
import { columnsToArrowIPC } from './arrow-insert';
import { quoteIdent } from '../lib/sql-quote';
import { SESSION_SETTINGS, type Connector, type Queryable } from './connector';

// Self-hosted bundles only. The coi (threads) bundle is left out on purpose: it needs
// cross-origin isolation headers a static host rarely sends, and it would double the download.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** The browser connector also says when its worker died, so the app can restart it. */
export interface BrowserConnector extends Connector {
  onCrash(listener: (reason: string) => void): void;
  /** Ends the worker as a crash would (diagnostics and resilience tests). */
  simulateCrash(): void;
}

// A WebAssembly trap leaves DuckDB's heap in an unknown state: treat it as a dead worker.
const FATAL =
  /RuntimeError|memory access out of bounds|unreachable|Out of memory|worker.*terminated/i;

/** DuckDB-WASM in a Web Worker, behind the same narrow Connector as the Node build. */
export async function createBrowserConnector(
  onProgress?: (stage: string) => void,
): Promise<BrowserConnector> {
  onProgress?.('Starting DuckDB');
  const bundle = await duckdb.selectBundle(BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB: no worker script for this browser');
  const worker = takeEarlyWorker(bundle.mainWorker) ?? new Worker(bundle.mainWorker);
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

  const listeners: ((reason: string) => void)[] = [];
  let dead = false;
  const die = (reason: string) => {
    if (dead) return;
    dead = true;
    worker.terminate();
    for (const l of listeners) l(reason);
  };
  worker.addEventListener('error', (e) => die(e.message || 'the DuckDB worker stopped'));
  /** Runs one call against the worker; a fatal error marks the worker dead. */
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    if (dead) throw new Error('The DuckDB worker stopped; it is being restarted.');
    try {
      return await call();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (FATAL.test(message)) die(message);
      throw e;
    }
  };

  return {
    onCrash(listener) {
      listeners.push(listener);
    },
    simulateCrash() {
      die('simulated crash');
    },
    ...queryable(conn, guard),
    async connect() {
      const side = await guard(() => db.connect());
      for (const setting of SESSION_SETTINGS) await guard(() => side.query(setting));
      return {
        ...queryable(side, guard),
        close: () => side.close(),
      };
    },
    registerFile(name, data) {
      // registerFileBuffer transfers data.buffer to the worker, which detaches it here; the
      // caller still owns its bytes (readers look at them again, a restart reloads them).
      return guard(() => db.registerFileBuffer(name, data.slice()));
    },
    async dropFile(name) {
      await db.dropFile(name);
    },
    insertColumns(table, columns, data, opts) {
      // Bytes, not a Table: see arrow-insert.ts.
      return guard(() => insertIPC(table, columnsToArrowIPC(columns, data), opts?.append ?? false));
    },
    insertArrowIPC(table, ipc, opts) {
      return guard(() => insertIPC(table, ipc, opts?.append ?? false));
    },
    async close() {
      await conn.close();
      await db.terminate();
    },
  };

  async function insertIPC(table: string, ipc: Uint8Array, append: boolean): Promise<void> {
    if (!append) await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
    await conn.insertArrowFromIPCStream(ipc, { name: table, create: !append });
  }
}

type Guard = <T>(call: () => Promise<T>) => Promise<T>;

function queryable(conn: duckdb.AsyncDuckDBConnection, guard: Guard): Queryable {
  return {
    query(sql, params = []) {
      return guard(async () => {
        if (params.length === 0) return arrowToRows(await conn.query(sql));
        const stmt = await conn.prepare(sql);
        try {
          return arrowToRows(await stmt.query(...params));
        } finally {
          await stmt.close();
        }
      });
    },
    queryColumns(sql, params = []) {
      return guard(async () => {
        if (params.length === 0) return arrowToColumns(await conn.query(sql));
        const stmt = await conn.prepare(sql);
        try {
          return arrowToColumns(await stmt.query(...params));
        } finally {
          await stmt.close();
        }
      });
    },
    exec(sql) {
      return guard(async () => {
        await conn.query(sql);
      });
    },
  };
}
