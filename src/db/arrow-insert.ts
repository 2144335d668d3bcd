import {
  Bool,
  Float64,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import type { ColumnSpec } from './connector';

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

/**
 * Builds the vectors from raw buffers. Not vectorFromArray: apache-arrow's builders compile
 * their null check with `Function(...)`, which the app's Content-Security-Policy (no
 * 'unsafe-eval') refuses in the browser. null and undefined are nulls; other values are
 * coerced as the builders would (String, Int32/Float64 typed-array assignment, truthiness).
 */
export function columnsToArrow(
  columns: readonly ColumnSpec[],
  data: Record<string, readonly unknown[]>,
): Table {
  const vectors: Record<string, Vector> = {};
  for (const col of columns) {
    const values = data[col.name];
    if (!values) throw new Error(`insertColumns: no data for column ${col.name}`);
    vectors[col.name] = VECTOR_OF[col.type](values);
  }
  return new Table(vectors);
}

const isNull = (v: unknown) => v === null || v === undefined;

const VECTOR_OF: Record<ColumnSpec['type'], (values: readonly unknown[]) => Vector> = {
  VARCHAR: utf8Vector,
  INTEGER: (values) =>
    makeVector(
      makeData({
        type: new Int32(),
        length: values.length,
        data: numbers(values, new Int32Array(values.length)),
        ...validity(values),
      }),
    ),
  DOUBLE: (values) =>
    makeVector(
      makeData({
        type: new Float64(),
        length: values.length,
        data: numbers(values, new Float64Array(values.length)),
        ...validity(values),
      }),
    ),
  BOOLEAN: boolVector,
};

function validity(values: readonly unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (isNull(v)) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

function utf8Vector(values: readonly unknown[]): Vector {
  const strings = values.map((v) => (isNull(v) ? '' : String(v)));
  // One buffer for all strings (UTF-8 needs at most 3 bytes per UTF-16 unit), filled with
  // encodeInto: no per-string allocation, which dominates on wide tables.
  let capacity = 0;
  for (const s of strings) capacity += s.length * 3;
  const bytes = new Uint8Array(capacity);
  const valueOffsets = new Int32Array(values.length + 1);
  const encoder = new TextEncoder();
  let at = 0;
  strings.forEach((s, i) => {
    if (s.length > 0) at += encoder.encodeInto(s, bytes.subarray(at)).written;
    valueOffsets[i + 1] = at;
  });
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      valueOffsets,
      data: bytes.subarray(0, at),
      ...validity(values),
    }),
  );
}

function numbers<A extends Int32Array | Float64Array>(values: readonly unknown[], buffer: A): A {
  values.forEach((v, i) => {
    if (!isNull(v)) buffer[i] = Number(v);
  });
  return buffer;
}

function boolVector(values: readonly unknown[]): Vector {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (!isNull(v) && v) bits[i >> 3]! |= 1 << (i & 7);
  });
  const type = new Bool();
  return makeVector(makeData({ type, length: values.length, data: bits, ...validity(values) }));
}
