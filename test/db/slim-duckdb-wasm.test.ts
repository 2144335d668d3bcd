import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createNodeConnector } from '../../src/db/node-connector';
import { duckdbDist, slimCopy, slimDuckdbWasm } from '../../src/db/slim-duckdb-wasm';
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

describe('making the slim copy', () => {
  const MODULE = Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03,
    0x03, 0x02, 0x00, 0x00, 0x07, 0x09, 0x02, 0x01, 0x61, 0x00, 0x00, 0x01, 0x62, 0x00, 0x01, 0x0a,
    0x0b, 0x02, 0x04, 0x00, 0x41, 0x01, 0x0b, 0x04, 0x00, 0x41, 0x02, 0x0b,
  ]);

  it('writes it once, from the glue in the folder given, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-slim-'));
    try {
      writeFileSync(join(dir, 'm.wasm'), MODULE);
      writeFileSync(join(dir, 'glue.js'), 'instance.exports.b();');
      const target = join(dir, 'cache', 'deeper', 'm.wasm');
      expect(slimCopy(join(dir, 'm.wasm'), dir, target)).toBe(target);
      const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(target)));
      expect(exports.map((e) => e.name)).toEqual(['b']);
      writeFileSync(target, 'kept as it is');
      expect(slimCopy(join(dir, 'm.wasm'), dir, target)).toBe(target);
      expect(readFileSync(target, 'utf8')).toBe('kept as it is');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to the original, saying why, when the module cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-slim-'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      writeFileSync(join(dir, 'm.wasm'), '<html>not found</html>');
      const target = join(dir, 'cache', 'm.wasm');
      expect(slimCopy(join(dir, 'm.wasm'), dir, target)).toBe(join(dir, 'm.wasm'));
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/original wasm \(not a WebAssembly module/),
      );
      expect(existsSync(target)).toBe(false);
    } finally {
      warn.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
