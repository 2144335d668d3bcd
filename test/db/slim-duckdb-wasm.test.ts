import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/db/node-connector';
import { duckdbDist, slimDuckdbWasm } from '../../src/db/slim-duckdb-wasm';
import { filterExports } from '../../src/db/wasm-exports';

const exportsOf = (path: string) => filterExports(new Uint8Array(readFileSync(path)), () => true);

describe("DuckDB's wasm without the exports only extensions use", () => {
  it('keeps the exports its glue calls and drops the rest', () => {
    const full = exportsOf(join(duckdbDist(), 'duckdb-eh.wasm'));
    const slim = exportsOf(slimDuckdbWasm('eh'));
    expect(full.total).toBeGreaterThan(50_000);
    expect(slim.total).toBeLessThan(full.total / 10);
    const names = new Set<string>();
    filterExports(new Uint8Array(readFileSync(slimDuckdbWasm('eh'))), (n) => names.add(n) && true);
    for (const name of ['duckdb_web_open', 'duckdb_web_query_run', 'malloc', '__wasm_call_ctors'])
      expect(names.has(name), name).toBe(true);
  });

  it('runs queries, raises DuckDB errors with their messages, and inserts Arrow', async () => {
    const conn = await createNodeConnector();
    try {
      const rows = await conn.query<{ n: number; s: string; d: string }>(
        "SELECT count(*) AS n, regexp_replace('abc', 'b', 'x') AS s, strftime(DATE '2024-01-02', '%d/%m') AS d FROM range(1000) t(i) WHERE i % 7 = 3",
      );
      expect(rows).toEqual([{ n: 143, s: 'axc', d: '02/01' }]);
      await expect(conn.query('SELECT * FROM no_such_table')).rejects.toThrow(
        /Table with name no_such_table does not exist/,
      );
      await conn.insertColumns('t', [{ name: 'x', type: 'VARCHAR' }], { x: ['é', null, 'b'] });
      expect(await conn.query('SELECT x FROM t ORDER BY x NULLS LAST')).toEqual([
        { x: 'b' },
        { x: 'é' },
        { x: null },
      ]);
    } finally {
      await conn.close();
    }
  });
});
