import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnSpec, Connector } from '../../src/db/connector';
import { StagingTable } from '../../src/ingest/staging-table';
import { testConnector } from '../helpers/db';

let conn: Connector;
beforeAll(async () => {
  conn = await testConnector();
});

const COLUMNS: ColumnSpec[] = [
  { name: 'id', type: 'INTEGER' },
  { name: 'label', type: 'VARCHAR' },
];

const batch = (from: number, n: number) => ({
  id: Array.from({ length: n }, (_, i) => from + i),
  label: Array.from({ length: n }, (_, i) => `label ${(from + i) % 7}`),
});

const threshold = async () =>
  (await conn.query<{ v: string }>("SELECT current_setting('checkpoint_threshold') AS v"))[0]!.v;

/** Segments DuckDB has compressed: only a checkpoint compresses an in-memory table. */
const compressedSegments = async (table: string) =>
  Number(
    (
      await conn.query<{ n: number }>(
        "SELECT count(*) FILTER (WHERE compression <> 'Uncompressed') AS n FROM pragma_storage_info(?)",
        [table],
      )
    )[0]!.n,
  );

describe('StagingTable', () => {
  it('keeps every row in order and leaves them compressed by its own checkpoints', async () => {
    const staging = new StagingTable(conn, 'st_rows', COLUMNS, 1000);
    for (let i = 0; i < 5; i++) await staging.append(batch(i * 600, 600));
    await staging.commit();
    const rows = await conn.query<{ n: number; first: number; last: number; labels: number }>(
      'SELECT count(*)::INT AS n, first(id)::INT AS first, last(id)::INT AS last, count(DISTINCT label)::INT AS labels FROM st_rows',
    );
    expect(rows[0]).toEqual({ n: 3000, first: 0, last: 2999, labels: 7 });
    expect(await compressedSegments('st_rows')).toBeGreaterThan(0);
  });

  it('checkpoints before the next batch, as large as the largest so far, could overflow a group', async () => {
    const at: number[] = [];
    let appended = 0;
    // The real database, with each CHECKPOINT noted at the row count it came after.
    const watched: Connector = {
      ...conn,
      exec: (sql) => {
        if (sql === 'CHECKPOINT') at.push(appended);
        return conn.exec(sql);
      },
      insertColumns: async (table, columns, data, opts) => {
        await conn.insertColumns(table, columns, data, opts);
        appended += data.id!.length;
      },
    };
    const staging = new StagingTable(watched, 'st_cadence', COLUMNS, 1000);
    for (const n of [600, 300, 300, 150, 150, 100, 200, 100])
      await staging.append(batch(appended, n));
    await staging.commit();
    // 600 (+600 would pass 1000) | 300+300 | 150+150+100+200: small batches, but the next may
    // again be 600 | the last 100 at commit.
    expect(at).toEqual([600, 1200, 1800, 1900]);
    const [row] = await conn.query<{ n: number }>('SELECT count(*)::INT AS n FROM st_cadence');
    expect(row!.n).toBe(1900);
  });

  it('a table DuckDB was left to checkpoint on its own stays uncompressed at this size', async () => {
    // The contrast that makes the test above mean something.
    await conn.insertColumns('st_plain', COLUMNS, batch(0, 3000));
    expect(await compressedSegments('st_plain')).toBe(0);
  });

  it("holds DuckDB's automatic checkpoints while it fills and restores the threshold it found", async () => {
    await conn.exec("SET checkpoint_threshold = '20MB'");
    const before = await threshold();
    const staging = new StagingTable(conn, 'st_threshold', COLUMNS, 1000);
    await staging.append(batch(0, 10));
    expect(await threshold()).not.toBe(before);
    await staging.commit();
    expect(await threshold()).toBe(before);
    await conn.exec('RESET checkpoint_threshold');
  });

  it('restores the threshold when a load fails half-way, and leaves no staging table', async () => {
    const before = await threshold();
    const staging = new StagingTable(conn, 'st_failed', COLUMNS, 1000);
    await staging.append(batch(0, 10));
    await staging.discard();
    expect(await threshold()).toBe(before);
    const left = await conn.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'st_failed%'",
    );
    expect(left).toEqual([]);
  });

  it('loads every row while another connection holds a write open, which refuses checkpoints', async () => {
    await conn.exec('CREATE TABLE st_console (v INTEGER)');
    const side = await conn.connect();
    try {
      // What a SQL console user can leave open: DuckDB then refuses CHECKPOINT.
      await side.exec('BEGIN TRANSACTION');
      await side.exec('INSERT INTO st_console VALUES (1)');
      await expect(conn.exec('CHECKPOINT')).rejects.toThrow(/other write transactions/);
      const staging = new StagingTable(conn, 'st_side', COLUMNS, 1000);
      for (let i = 0; i < 3; i++) await staging.append(batch(i * 600, 600));
      await staging.commit();
      const [row] = await conn.query<{ n: number }>('SELECT count(*)::INT AS n FROM st_side');
      expect(row!.n).toBe(1800);
      expect(await compressedSegments('st_side')).toBe(0);
    } finally {
      await side.exec('ROLLBACK');
      await side.close();
    }
  });
});
