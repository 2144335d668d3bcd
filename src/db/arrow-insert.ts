import {
  Bool,
  Float64,
  Int32,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import type { ColumnSpec } from './connector';

const ARROW_TYPES: Record<ColumnSpec['type'], () => DataType> = {
  VARCHAR: () => new Utf8(),
  INTEGER: () => new Int32(),
  DOUBLE: () => new Float64(),
  BOOLEAN: () => new Bool(),
};

/**
 * Serialises columns to an Arrow IPC stream with explicit types (plain Utf8, never dictionary).
 * We hand DuckDB bytes, not a Table: DuckDB-WASM bundles its own apache-arrow, and its
 * insertArrowTable silently inserts nothing when given a Table built by another copy.
 */
export function columnsToArrowIPC(
  columns: readonly ColumnSpec[],
  data: Record<string, readonly unknown[]>,
): Uint8Array {
  return tableToIPC(columnsToArrow(columns, data), 'stream');
}

export function columnsToArrow(
  columns: readonly ColumnSpec[],
  data: Record<string, readonly unknown[]>,
): Table {
  const vectors: Record<string, Vector> = {};
  for (const col of columns) {
    const values = data[col.name];
    if (!values) throw new Error(`insertColumns: no data for column ${col.name}`);
    vectors[col.name] = vectorFromArray(values as unknown[], ARROW_TYPES[col.type]()) as Vector;
  }
  return new Table(vectors);
}
