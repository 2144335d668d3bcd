/** A file that says its rows are simulated (IRM Atlas's own exports do) is loaded as simulated. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { en } from '../../src/i18n/messages/explore';
import { fr } from '../../src/i18n/messages/fr/explore';
import { loadDataset, type InputFile } from '../../src/ingest';
import { toCsv } from '../../src/lib/csv';
import { tableToParquet } from '../../src/lib/export-table';
import { testConnector } from '../helpers/db';
import { exportCsv, textFile } from '../helpers/export-csv';

let conn: Connector;
beforeAll(async () => {
  conn = await testConnector();
});

const load = (files: InputFile[], simulated = false) =>
  loadDataset(
    conn,
    { commitments: files },
    { id: 't', name: 'test', simulated, asOf: '2026-11-23' },
  );

/** Canonical layout with the provenance columns Explore's CSV export adds to every row. */
function exported(statuses: string[], name = 'irm-atlas-export.csv'): InputFile {
  const rows = statuses.map((s, i) => [`CO${i + 1}`, 'Colombia', 'Simulated OGP commitments', s]);
  const text = toCsv(['commitment_id', 'member', 'dataset', 'data_status'], rows, {
    neutralise: false,
  });
  return textFile(name, text);
}

const storedFlag = async () =>
  (await conn.query('SELECT simulated FROM datasets'))[0]?.simulated as boolean;

describe('files that say whether they are simulated', () => {
  it('labels a file whose every row says simulated, in the table and the report', async () => {
    const r = await load([exported([en.prov_simulated, en.prov_simulated, en.prov_simulated])]);
    expect(r.dataset.simulated).toBe(true);
    expect(await storedFlag()).toBe(true);
    expect(r.rows).toEqual({ read: 3, loaded: 3, rejected: 0, skipped: 0 });
    const note = r.issues.find((i) => i.column === 'data_status');
    expect(note).toMatchObject({ severity: 'info', row: null, file: 'irm-atlas-export.csv' });
    expect(note?.message).toBe(
      'column "data_status" says every row (3) is simulated data: the dataset is labelled SIMULATED DATA',
    );
    // Listed with the file's notes, before its rows' ones.
    expect(r.issues.indexOf(note!)).toBeLessThan(r.issues.findIndex((i) => i.row !== null));
    // The column is read, so it is not listed among the unused ones; the others still are.
    const unused = r.issues.find((i) => /not used/.test(i.message));
    expect(unused?.message).toMatch(/: dataset$/);
  });

  it('labels the whole dataset when only some rows say so, with a warning naming the first', async () => {
    const r = await load([exported([en.prov_real, fr.prov_simulated, en.prov_real, ''])]);
    expect(r.dataset.simulated).toBe(true);
    expect(await storedFlag()).toBe(true);
    const note = r.issues.find((i) => i.column === 'data_status');
    expect(note).toMatchObject({ severity: 'warning', row: null });
    expect(note?.message).toMatch(/says 1 of 4 rows is simulated data \(the first at row 2\)/);
  });

  it('labels the dataset when one of several files says so', async () => {
    const real = exportCsv([{ 'Commitment Unique Identifier': 'KE1' }], 'ogp.csv');
    const r = await load([real, exported([en.prov_simulated])]);
    expect(r.dataset.simulated).toBe(true);
    expect(r.rows.loaded).toBe(2);
  });

  it('leaves a file real when its rows say so, or when it has no such column', async () => {
    const said = await load([exported([en.prov_real, fr.prov_real])]);
    expect(said.dataset.simulated).toBe(false);
    expect(await storedFlag()).toBe(false);
    expect(said.issues.some((i) => i.column === 'data_status')).toBe(false);
    const plain = await load([exportCsv([{ 'Commitment Unique Identifier': 'CO1' }])]);
    expect(plain.dataset.simulated).toBe(false);
  });

  it('reads the same from a Parquet export, which carries the status as a column too', async () => {
    const bytes = tableToParquet(
      {
        names: ['commitment_id', 'member', 'starred'],
        columns: [
          ['CO1', 'CO2'],
          ['Colombia', 'Kenya'],
          ['not_applicable', 'yes'],
        ],
      },
      { dataset: 'Simulated OGP commitments', simulated: true, rules: 'defaults' },
    );
    const r = await load([{ name: 'irm-atlas-commitments-SIMULATED.parquet', bytes }]);
    expect(r.dataset.simulated).toBe(true);
    expect(r.rows.loaded).toBe(2);
    const rows = await conn.query(
      'SELECT commitment_id, starred_code FROM commitments ORDER BY commitment_id',
    );
    // The state code written by the export reads back as that state, not as an unknown label.
    expect(rows).toEqual([
      { commitment_id: 'CO1', starred_code: 'not_applicable' },
      { commitment_id: 'CO2', starred_code: 'yes' },
    ]);
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('keeps a dataset the caller knows to be simulated labelled, whatever its rows say', async () => {
    const r = await load([exported([en.prov_real])], true);
    expect(r.dataset.simulated).toBe(true);
  });
});
