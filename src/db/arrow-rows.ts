import type { ColumnarResult, Row } from './connector';

interface ArrowLikeVector {
  toArray(): ArrayLike<unknown>;
}

interface ArrowLikeTable {
  toArray(): Array<{ toJSON(): Row } | null>;
  schema: { fields: { name: string }[] };
  getChildAt(i: number): ArrowLikeVector | null;
}

/** Arrow result → plain columns, with BigInt and HUGEINT narrowed to numbers. */
export function arrowToColumns(table: ArrowLikeTable): ColumnarResult {
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => {
    const values = table.getChildAt(i)?.toArray() ?? [];
    return Array.from(values, plainValue);
  });
  return { names, columns };
}

/** Turns an Arrow result into plain rows, with BigInt and HUGEINT narrowed to numbers. */
export function arrowToRows<T extends Row>(table: ArrowLikeTable): T[] {
  return table.toArray().map((r) => plain(r ? r.toJSON() : {}) as T);
}

function plain(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
  return out;
}

function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Uint32Array && v.length === 4) {
    // DuckDB HUGEINT arrives as four 32-bit words when an aggregate was not cast.
    return v[0]! + v[1]! * 2 ** 32 + v[2]! * 2 ** 64 + v[3]! * 2 ** 96;
  }
  if (v && typeof v === 'object' && 'toArray' in v && typeof v.toArray === 'function') {
    return Array.from(v.toArray() as Iterable<unknown>, plainValue);
  }
  return v;
}
