import { join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { arrowToColumns, arrowToRows } from './arrow-rows';
import { columnsToArrowIPC } from './arrow-insert';
import { quoteIdent } from '../lib/sql-quote';
import { duckdbDist, slimDuckdbWasm } from './slim-duckdb-wasm';
import { SESSION_SETTINGS, type Connector, type Queryable } from './connector';

/**
 * DuckDB-WASM's Node build with blocking bindings: the same engine as the browser, used by
 * tests and the CLI. (The async Node variant with a web-worker polyfill hangs here.)
 */
export async function createNodeConnector(): Promise<Connector> {
  const dist = duckdbDist();
  const bundles: duckdb.DuckDBBundles = {
    // Node always runs the eh build (it has wasm exceptions): the mvp fallback stays the
    // original rather than a slim copy made at every fresh start and never loaded.
    mvp: {
      mainModule: join(dist, 'duckdb-mvp.wasm'),
      mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs'),
    },
    eh: {
      mainModule: slimDuckdbWasm('eh'),
      mainWorker: join(dist, 'duckdb-node-eh.worker.cjs'),
    },
  };
  const logger = new duckdb.VoidLogger();
  const db = await duckdb.createDuckDB(bundles, logger, duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({});
  const connect = () => {
    const conn = db.connect();
    for (const s of SESSION_SETTINGS) conn.query(s);
    return conn;
  };
  const conn = connect();
  const insertIPC = (table: string, ipc: Uint8Array, append: boolean) => {
    if (!append) conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
    conn.insertArrowFromIPCStream(ipc, { name: table, create: !append });
  };

  return {
    ...queryable(conn),
    async connect() {
      const side = connect();
      return {
        ...queryable(side),
        async close() {
          side.close();
        },
      };
    },
    async registerFile(name, data) {
      db.registerFileBuffer(name, data);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async insertColumns(table, columns, data, opts) {
      insertIPC(table, columnsToArrowIPC(columns, data), opts?.append ?? false);
    },
    async insertArrowIPC(table, ipc, opts) {
      insertIPC(table, ipc, opts?.append ?? false);
    },
    async close() {
      conn.close();
      db.reset();
    },
  };
}

function queryable(conn: duckdb.DuckDBConnection): Queryable {
  return {
    async query(sql, params = []) {
      if (params.length === 0) return arrowToRows(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return arrowToRows(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async queryColumns(sql, params = []) {
      if (params.length === 0) return arrowToColumns(conn.query(sql));
      const stmt = conn.prepare(sql);
      try {
        return arrowToColumns(stmt.query(...params));
      } finally {
        stmt.close();
      }
    },
    async exec(sql) {
      conn.query(sql);
    },
  };
}
