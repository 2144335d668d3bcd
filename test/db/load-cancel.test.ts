/**
 * Cancelling a load (the progress bar's Cancel button): it stops between batches or cuts, the
 * workers are closed, the staging table is dropped and the dataset loaded before is exactly as
 * it was. Past the swap of the new tables, a cancel is too late and the load finishes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { LoadCancelled, loadDataset, type InputFile } from '../../src/ingest';
import { scrambled } from '../helpers/cut-runner';
import { testConnector } from '../helpers/db';

const SAMPLE = fileURLToPath(
  new URL('../../../shared/data/ogp-export-sample.csv', import.meta.url),
);
const OPTS = { id: 'before', name: 'loaded before', simulated: false, asOf: '2026-11-23' };

let conn: Connector;
let sample: InputFile;
beforeAll(async () => {
  conn = await testConnector();
  sample = { name: 'ogp-export-sample.csv', bytes: readFileSync(SAMPLE) };
});

/** What users see of the loaded dataset. */
async function tables() {
  return {
    datasets: await conn.query('SELECT id, name, rows_loaded FROM datasets'),
    commitments: await conn.query(
      'SELECT dataset_id, count(*) AS n, min(commitment_id) AS first FROM commitments GROUP BY 1',
    ),
    issues: await conn.query('SELECT count(*) AS n FROM load_issues'),
    leftOver: await conn.query(
      "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%loading%'",
    ),
  };
}

/** The sample loaded under OPTS, then a second load of it as "after" that `abortAt` cancels. */
async function cancelSecondLoad(abortAt: (stage: string, count: number) => boolean, cuts = false) {
  await loadDataset(conn, { commitments: [sample] }, OPTS);
  const before = await tables();
  const controller = new AbortController();
  const runner = scrambled(2);
  let calls = 0;
  const second = loadDataset(
    conn,
    { commitments: [sample] },
    {
      ...OPTS,
      id: 'after',
      name: 'cancelled',
      signal: controller.signal,
      parallel: cuts ? { open: () => runner, minBytes: 0, maxRows: 13 } : undefined,
      onProgress: (stage) => {
        if (abortAt(stage, ++calls)) controller.abort();
      },
    },
  );
  return { second, before, runner };
}

describe('cancelling a load', () => {
  it('stops a load read by workers between cuts and leaves the data loaded before', async () => {
    let normalising = 0;
    const { second, before, runner } = await cancelSecondLoad(
      (stage) => stage.startsWith('Normalising') && ++normalising === 3,
      true,
    );
    await expect(second).rejects.toBeInstanceOf(LoadCancelled);
    expect(runner.closed).toBe(true);
    // 288 rows in cuts of 13 are 23 cuts: it stopped well before the end.
    expect(runner.tasks.length).toBeLessThan(12);
    const after = await tables();
    expect(after).toEqual(before);
    expect(after.datasets).toEqual([{ id: 'before', name: 'loaded before', rows_loaded: 288 }]);
    expect(after.leftOver).toEqual([]);
  });

  it('stops a load read on this thread, and one cancelled before it starts', async () => {
    const { second, before } = await cancelSecondLoad((stage) => stage.startsWith('Normalising'));
    await expect(second).rejects.toThrow('Load cancelled: the dataset loaded before is unchanged.');
    expect(await tables()).toEqual(before);

    const controller = new AbortController();
    controller.abort();
    const early = loadDataset(
      conn,
      { commitments: [sample] },
      { ...OPTS, id: 'x', signal: controller.signal },
    );
    await expect(early).rejects.toBeInstanceOf(LoadCancelled);
    expect(await tables()).toEqual(before);
  });

  it('finishes a load cancelled once its tables are being swapped in', async () => {
    const { second } = await cancelSecondLoad((stage) => stage === 'Building tables');
    const report = await second;
    expect(report.dataset.id).toBe('after');
    expect(await conn.query('SELECT id, rows_loaded FROM datasets')).toEqual([
      { id: 'after', rows_loaded: 288 },
    ]);
  });
});
