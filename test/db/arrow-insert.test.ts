import { DataType, tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { columnsToArrow, columnsToArrowIPC } from '../../src/db/arrow-insert';
import type { ColumnSpec } from '../../src/db/connector';
import { testConnector } from '../helpers/db';

const COLUMNS: ColumnSpec[] = [
  { name: 's', type: 'VARCHAR' },
  { name: 'i', type: 'INTEGER' },
  { name: 'd', type: 'DOUBLE' },
  { name: 'b', type: 'BOOLEAN' },
];

const DATA = {
  s: [
    'Bogotá',
    '',
    null,
    'naïve “quotes”, commas\nand newlines',
    '日本語 🙂',
    undefined,
    'x'.repeat(9),
  ],
  i: [1, 0, null, -7, 2147483647, undefined, 3],
  d: [0.5, 0, null, -1e-9, 1e300, undefined, Number.NaN],
  b: [true, false, null, true, false, undefined, true],
};

describe('columnsToArrowIPC (buffers built without apache-arrow builders)', () => {
  it('keeps nulls apart from empty strings and zeros, and round-trips UTF-8', () => {
    const table = tableFromIPC(columnsToArrowIPC(COLUMNS, DATA));
    expect(table.numRows).toBe(7);
    expect(table.getChild('s')?.toArray()).toEqual(DATA.s.map((v) => v ?? null));
    expect(Array.from(table.getChild('i')!, (v) => v)).toEqual(DATA.i.map((v) => v ?? null));
    expect(Array.from(table.getChild('b')!, (v) => v)).toEqual(DATA.b.map((v) => v ?? null));
    const d = Array.from(table.getChild('d')!, (v) => v);
    expect(d.slice(0, 6)).toEqual(DATA.d.slice(0, 6).map((v) => v ?? null));
    expect(d[6]).toBeNaN();
  });

  it('writes a text column given other values as their strings, plain and as a dictionary', () => {
    const mixed = [1, 'a', null, 2.5, true, undefined, 'a'];
    const plain = tableFromIPC(columnsToArrowIPC([COLUMNS[0]!], { s: mixed }));
    expect(plain.getChild('s')?.toArray()).toEqual(['1', 'a', null, '2.5', 'true', null, 'a']);
    // 80 rows of 2 values: sent as a dictionary, nulls still apart from ''.
    const many = Array.from({ length: 80 }, (_, k) => [7, null, ''][k % 3]);
    const dict = tableFromIPC(columnsToArrowIPC([COLUMNS[0]!], { s: many }));
    expect(DataType.isDictionary(dict.schema.fields[0]!.type)).toBe(true);
    expect(dict.getChild('s')?.toArray()).toEqual(many.map((v) => (v === null ? null : String(v))));
  });

  it('never compiles code (the browser CSP has no unsafe-eval)', () => {
    const original = globalThis.Function;
    const trap = new Proxy(original, {
      apply: () => {
        throw new Error('Function() called');
      },
      construct: () => {
        throw new Error('new Function() called');
      },
    });
    globalThis.Function = trap;
    try {
      expect(() => columnsToArrowIPC(COLUMNS, DATA)).not.toThrow();
    } finally {
      globalThis.Function = original;
    }
  });

  it('is read by DuckDB with the same values', async () => {
    const conn = await testConnector();
    await conn.insertColumns('arrow_roundtrip', COLUMNS, DATA);
    const rows = await conn.query(
      'SELECT s, i, d, b FROM arrow_roundtrip WHERE d IS NULL OR NOT isnan(d)',
    );
    expect(rows).toEqual(
      [0, 1, 2, 3, 4, 5].map((k) => ({
        s: DATA.s[k] ?? null,
        i: DATA.i[k] ?? null,
        d: DATA.d[k] ?? null,
        b: DATA.b[k] ?? null,
      })),
    );
  });

  it('refuses a column with no data', () => {
    expect(() => columnsToArrowIPC(COLUMNS, { s: [] })).toThrow(/no data for column i/);
  });

  describe('a column that repeats a few values goes as a dictionary', () => {
    const TEXT: ColumnSpec[] = [{ name: 's', type: 'VARCHAR' }];
    const cycle = ['Bogotá', null, '', 'substantial', '日本語 🙂', undefined];
    const repeated = Array.from({ length: 300 }, (_, i) => cycle[i % cycle.length]);
    const varied = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? null : `row ${i}`));
    const typeOf = (values: unknown[]) =>
      columnsToArrow(TEXT, { s: values }).schema.fields[0]!.type;

    it('is encoded as a dictionary only when it repeats and is long enough', () => {
      expect(DataType.isDictionary(typeOf(repeated))).toBe(true);
      expect(DataType.isUtf8(typeOf(varied))).toBe(true);
      expect(DataType.isUtf8(typeOf(repeated.slice(0, 10)))).toBe(true);
      expect(DataType.isUtf8(typeOf([]))).toBe(true);
    });

    it('gives up on a column whose first 256 rows hold more than 64 distinct values', () => {
      // n distinct values in the first 256 rows, then only repeats of the last one.
      const early = (n: number) =>
        Array.from({ length: 1000 }, (_, i) => `title ${Math.min(i, n - 1)}`);
      expect(DataType.isUtf8(typeOf(early(65)))).toBe(true);
      expect(DataType.isDictionary(typeOf(early(64)))).toBe(true);
      // Few distinct values at first, many later: still a dictionary up to the batch limit.
      const late = Array.from({ length: 1000 }, (_, i) => (i < 256 ? 'same' : `v ${i % 400}`));
      expect(DataType.isDictionary(typeOf(late))).toBe(true);
    });

    it('is read by DuckDB as VARCHAR with every value, null and empty string in place', async () => {
      const conn = await testConnector();
      const batches = [repeated, varied, [], repeated.slice(0, 5), repeated.slice(1)];
      await conn.insertColumns('dict_roundtrip', TEXT, { s: batches[0]! });
      for (const b of batches.slice(1))
        await conn.insertColumns('dict_roundtrip', TEXT, { s: b }, { append: true });
      const rows = await conn.query<{ s: string | null; t: string }>(
        'SELECT s, typeof(s) AS t FROM dict_roundtrip ORDER BY rowid',
      );
      expect(rows.map((r) => r.s)).toEqual(batches.flat().map((v) => v ?? null));
      expect(new Set(rows.map((r) => r.t))).toEqual(new Set(['VARCHAR']));
    });
  });
});
