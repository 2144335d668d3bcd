import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { createNodeConnector } from '../../src/db/node-connector';
import { FileReadError, loadDataset } from '../../src/ingest';
import { writeScale } from '../../scripts/generate-scale';
import { scrambled } from '../helpers/cut-runner';

// A database of its own: the small memory limit must not reach other tests' connector.
let conn: Connector;
let dir: string;
let bytes: Uint8Array;
beforeAll(async () => {
  conn = await createNodeConnector();
  dir = mkdtempSync(join(tmpdir(), 'atlas-oom-'));
  const file = join(dir, 'export-30k.csv');
  writeScale(30_000, file);
  bytes = new Uint8Array(readFileSync(file));
});
afterAll(async () => {
  await conn.close();
  rmSync(dir, { recursive: true, force: true });
});

const load = (
  name: string,
  data: Uint8Array,
  parallel?: Parameters<typeof loadDataset>[2]['parallel'],
) =>
  loadDataset(
    conn,
    { commitments: [{ name, bytes: data }] },
    { id: 't', name: 'test', simulated: true, asOf: '2026-12-01', parallel },
  );

describe('a file larger than DuckDB can hold (real DuckDB, memory limit 64 MB)', () => {
  it.each([
    ['read on this thread', () => null],
    ['read in cuts by workers', () => scrambled(2)],
  ] as [string, () => ReturnType<typeof scrambled> | null][])(
    'is refused naming the file and the row reached; the loaded data and settings stay (%s)',
    async (_how, workers) => {
      const firstLines = new TextDecoder().decode(bytes).split('\n').slice(0, 11).join('\n');
      const small = await load('small.csv', new TextEncoder().encode(firstLines));
      expect(small.rows.loaded).toBe(10);
      const threshold = await conn.query("SELECT current_setting('checkpoint_threshold') AS v");

      await conn.exec("SET memory_limit = '64MB'");
      try {
        const runner = workers();
        const par = runner ? { open: () => runner, minBytes: 0 } : undefined;
        const error = await load('big.csv', bytes, par).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(FileReadError);
        if (runner) expect([runner.tasks.length > 1, runner.closed]).toEqual([true, true]);
        expect((error as Error).message).toMatch(
          /^Cannot read big\.csv: the rows do not fit in the memory this tab gives DuckDB \(it stopped at row \d+\); load a smaller file, or split this one$/,
        );
      } finally {
        await conn.exec('RESET memory_limit');
      }
      const [kept] = await conn.query<{ n: number }>('SELECT count(*)::INT AS n FROM commitments');
      expect(kept!.n).toBe(10);
      expect(await conn.query("SELECT current_setting('checkpoint_threshold') AS v")).toEqual(
        threshold,
      );
      const staging = await conn.query(
        "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%__loading'",
      );
      expect(staging).toEqual([]);
    },
  );
});
