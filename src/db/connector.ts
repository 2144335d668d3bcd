/**
 * The one narrow door to the database. Nothing outside src/db sees a DuckDB object:
 * callers send SQL text with bound parameters and get plain JS rows back.
 */
export type SqlParam = string | number | boolean | null;

export type Row = Record<string, unknown>;

/** A column to create when inserting rows built in JS. */
export interface ColumnSpec {
  name: string;
  type: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';
}

export interface ColumnarResult {
  names: string[];
  columns: unknown[][];
}

/** Plain querying, the part of a connection that another connection can also offer. */
export interface Queryable {
  /** Runs one statement; parameters bind to `?` placeholders in order. */
  query<T extends Row = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /**
   * Like query, but column by column (names in SELECT order): the fast path for wide results,
   * where building one object per row costs more than the query itself.
   */
  queryColumns(sql: string, params?: readonly SqlParam[]): Promise<ColumnarResult>;
  /** Runs statements that return nothing of interest (DDL, SET, several statements). */
  exec(sql: string): Promise<void>;
}

/** A second connection to the same database: its transactions are its own. */
export interface SideConnection extends Queryable {
  close(): Promise<void>;
}

export interface Connector extends Queryable {
  /**
   * Opens another connection to the same database, e.g. for the SQL console, whose
   * BEGIN … ROLLBACK must never wrap a dataset load running at the same time.
   */
  connect(): Promise<SideConnection>;
  /** Makes bytes readable by SQL under `name` (e.g. read_csv('name')). */
  registerFile(name: string, data: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Creates (or replaces) `table` and fills it from columnar JS arrays, in one go; with
   * `append`, adds the rows to the existing table instead.
   */
  insertColumns(
    table: string,
    columns: readonly ColumnSpec[],
    data: Record<string, readonly unknown[]>,
    opts?: { append?: boolean },
  ): Promise<void>;
  /**
   * Like insertColumns, from columns already encoded as an Arrow IPC stream (arrow-insert.ts's
   * columnsToArrowIPC), e.g. by a worker. The bytes may be handed over: do not reuse them.
   */
  insertArrowIPC(table: string, ipc: Uint8Array, opts?: { append?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** Settings every connection gets right after connect, in both environments. */
export const SESSION_SETTINGS = [
  // Extensions would be fetched from a remote host: unreachable offline and forbidden by
  // our no-remote-origin policy; in Node a query needing one hangs instead of failing.
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];
