/**
 * A CSV read in cuts by workers (src/ingest/parallel-load.ts) loads exactly what the same file
 * read from start to end loads: the rows and every column, their numbers, the issues in order,
 * the accounting and what the dataset says about itself. The workers here run in this process,
 * finishing in a scrambled order, with every task and result structured-cloned as postMessage
 * would; the browser test loads through real Web Workers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { FileReadError, loadDataset, readFile, type InputFile } from '../../src/ingest';
import type { CutRunner, ParallelLoading } from '../../src/ingest/parallel-load';
import { splitFraction } from '../../src/ingest/progress';
import { toCsv } from '../../src/lib/csv';
import { scrambled } from '../helpers/cut-runner';
import { testConnector } from '../helpers/db';

const SAMPLE = fileURLToPath(
  new URL('../../../shared/data/ogp-export-sample.csv', import.meta.url),
);

let conn: Connector;
let sample: InputFile;
beforeAll(async () => {
  conn = await testConnector();
  sample = { name: 'ogp-export-sample.csv', bytes: readFileSync(SAMPLE) };
});

function parallel(runner: CutRunner, maxRows: number): ParallelLoading {
  return { open: () => runner, minBytes: 0, maxRows };
}

const OPTS = { id: 't', name: 'test', simulated: false, asOf: '2026-11-23' };

/** Everything a load leaves: the report (less its clock) and the tables users query. */
async function loadAndRead(files: InputFile[], par?: ParallelLoading) {
  const report = await loadDataset(conn, { commitments: files }, { ...OPTS, parallel: par });
  const { loadedAt: _clock, ...dataset } = report.dataset;
  return {
    report: { ...report, dataset },
    commitments: await conn.query('SELECT * FROM commitments ORDER BY source_file, source_row'),
    issues: await conn.query('SELECT * FROM load_issues'),
    plans: await conn.query('SELECT * FROM action_plans ORDER BY plan_id'),
    members: await conn.query('SELECT * FROM members ORDER BY 1'),
    stored: await conn.query(
      'SELECT simulated, rows_read, rows_loaded, rows_rejected, rows_skipped FROM datasets',
    ),
  };
}

/** The sample's rows, with some rows copied further down (the same identifiers again). */
async function withRepeats(
  name: string,
  edit: (rows: string[][], col: (h: string) => number) => void,
): Promise<InputFile> {
  const table = await readFile(sample);
  const rows = table.rows.map((r) => [...r]);
  edit(rows, (h) => table.headers.indexOf(h));
  return {
    name,
    bytes: new TextEncoder().encode(toCsv(table.headers, rows, { neutralise: false })),
  };
}

describe('a CSV read in cuts by workers', () => {
  it("loads OGP's real export sample exactly as read from start to end", async () => {
    const truth = await loadAndRead([sample]);
    const runner = scrambled(3);
    const cut = await loadAndRead([sample], parallel(runner, 13));
    expect(truth.report.rows.loaded).toBe(288);
    expect(runner.tasks.length).toBe(Math.ceil(288 / 13)); // one read per cut, none again
    expect(cut).toEqual(truth);
  });

  it('reports the rows read so far with every cut, ending at all the rows read', async () => {
    const stages: string[] = [];
    const report = await loadDataset(
      conn,
      { commitments: [sample] },
      { ...OPTS, parallel: parallel(scrambled(3), 40), onProgress: (s) => stages.push(s) },
    );
    const counted = stages.map(splitFraction).filter((f) => f.rows !== null);
    // One report per cut of 40 rows, in file order whatever order the workers finish in.
    expect(counted.map((f) => f.rows)).toEqual(
      Array.from({ length: Math.ceil(report.rows.read / 40) }, (_, k) =>
        Math.min(report.rows.read, (k + 1) * 40),
      ),
    );
    expect(counted.every((f) => f.stage === 'Normalising ogp-export-sample.csv')).toBe(true);
    const percents = counted.map((f) => f.percent!);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });

  it('refuses an identifier an earlier cut loaded, naming where, as a read in order does', async () => {
    const file = await withRepeats('repeats.csv', (rows, col) => {
      const id = col('Commitment Unique Identifier');
      const dummy = col('Commitment Dummy');
      rows.push([...rows[0]!]); // row 1 again, in the last cut
      rows.splice(150, 0, [...rows[1]!], [...rows[1]!]); // row 2 twice, mid-file
      const notACommitment = [...rows[2]!];
      notACommitment[dummy] = '0'; // refused as a repeat before it is skipped as a dummy
      rows.splice(200, 0, notACommitment);
      const fresh = [...rows[3]!];
      fresh[id] = `${fresh[id]}-new`;
      rows.splice(220, 0, fresh, [...fresh]); // new, then repeated within one cut
    });
    const truth = await loadAndRead([file]);
    const runner = scrambled(2, 11);
    const cut = await loadAndRead([file], parallel(runner, 20));
    expect(cut).toEqual(truth);
    expect(truth.report.rows).toEqual({ read: 294, loaded: 289, rejected: 5, skipped: 0 });
    const refusals = truth.report.issues.filter((i) => /already loaded/.test(i.message));
    expect(refusals.map((i) => i.row)).toEqual([151, 152, 201, 222, 294]);
    expect(refusals[0]!.message).toMatch(/already loaded from repeats\.csv row 2$/);
    expect(refusals[3]!.message).toMatch(/already loaded from repeats\.csv row 221$/);
    // The cuts holding an earlier cut's identifiers were read a second time.
    expect(runner.tasks.length).toBeGreaterThan(Math.ceil(294 / 20));
  });

  it('refuses a second file repeating the first one, as a read in order does', async () => {
    const second = await withRepeats('second.csv', (rows) => rows.splice(40));
    const truth = await loadAndRead([sample, second]);
    const cut = await loadAndRead([sample, second], parallel(scrambled(2, 3), 9));
    expect(cut).toEqual(truth);
    expect(truth.report.rows).toMatchObject({ read: 288 + 40, loaded: 288, rejected: 40 });
  });

  it('refuses a malformed row in a late cut with the message a read in order gives, loading nothing', async () => {
    const text = new TextDecoder().decode(sample.bytes);
    const broken: InputFile = {
      name: 'broken.csv',
      bytes: new TextEncoder().encode(`${text.trimEnd()}\r\nonly,three,cells\r\n`),
    };
    const before = await loadAndRead([sample]);
    const message = async (par?: ParallelLoading) => {
      try {
        await loadDataset(conn, { commitments: [broken] }, { ...OPTS, id: 'x', parallel: par });
      } catch (e) {
        expect(e).toBeInstanceOf(FileReadError);
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    const truth = await message();
    expect(truth).toMatch(/malformed CSV at line \d+: expected 171 columns/);
    expect(await message(parallel(scrambled(3), 10))).toBe(truth);
    // The dataset loaded before is still there, and nothing was left half-loaded.
    expect(await loadAndRead([sample])).toEqual(before);
    const tables = await conn.query(
      "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%loading%'",
    );
    expect(tables).toEqual([]);
  });

  it('counts the rows that say they are simulated across cuts, as a read in order does', async () => {
    const statuses = Array.from({ length: 60 }, (_, i) =>
      i === 23 || i === 47 ? 'Simulated data (generated for testing)' : 'Real data',
    );
    const rows = statuses.map((s, i) => [`CO${i + 1}`, 'Colombia', s]);
    const file: InputFile = {
      name: 'statuses.csv',
      bytes: new TextEncoder().encode(
        toCsv(['commitment_id', 'member', 'data_status'], rows, { neutralise: false }),
      ),
    };
    const truth = await loadAndRead([file]);
    const cut = await loadAndRead([file], parallel(scrambled(2), 7));
    expect(cut).toEqual(truth);
    expect(truth.report.dataset.simulated).toBe(true);
    expect(truth.report.issues.find((i) => i.column === 'data_status')?.message).toMatch(
      /says 2 of 60 rows are simulated data \(the first at row 24\)/,
    );
  });

  it('reads a file smaller than the threshold on this thread', async () => {
    const runner = scrambled(2);
    const par = { open: () => runner, minBytes: sample.bytes.length + 1 };
    const truth = await loadAndRead([sample]);
    expect(await loadAndRead([sample], par)).toEqual(truth);
    expect(runner.tasks).toEqual([]);
  });
});
