import { describe, expect, it } from 'vitest';
import { normaliseCommitments } from '../../src/ingest/normalise-commitments';
import { resolveColumns } from '../../src/ingest/resolve-columns';
import type { RawTable } from '../../src/ingest/raw-table';

const HEADERS = [
  'Commitment Unique Identifier',
  'Country/Locality',
  'Start Date',
  'End Date',
  'Tax',
  'Debt',
  'Inclusion',
];

function normalise(rows: string[][]) {
  const table: RawTable = { fileName: 'x.csv', format: 'csv', headers: HEADERS, rows };
  const ctx = { datasetId: 'd', asOf: '2026-12-01', seen: new Map() };
  return normaliseCommitments(table, resolveColumns(table), ctx);
}

describe('normaliseCommitments: dates and policy-area flags', () => {
  it('reads each date form, and says so on every row whose date is kept as text only', () => {
    const r = normalise([
      ['a', 'Chile', '7/1/2014', 'July 2016', '0', '0', '0'],
      ['b', 'Chile', 'sometime soon', 'NA', '0', '0', '0'],
      ['c', 'Chile', 'sometime soon', 'décembre 2023', '0', '0', '0'],
    ]);
    expect(r.records.map((x) => [x.start_date, x.end_date])).toEqual([
      ['2014-07-01', '2016-07'],
      [null, null],
      [null, '2023-12'],
    ]);
    expect(r.records.map((x) => x.start_date_raw)).toEqual([
      '7/1/2014',
      'sometime soon',
      'sometime soon',
    ]);
    // The same unreadable text on two rows: one note per row, "NA" none.
    const notes = r.issues.filter((i) => /kept as text only/.test(i.message));
    expect(notes.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, 'Start Date', 'sometime soon'],
      [3, 'Start Date', 'sometime soon'],
    ]);
  });

  it('lists the policy areas flagged 1 (spaces around it allowed), in column order', () => {
    const r = normalise([
      ['a', 'Chile', '', '', '1', '0', ' 1 '],
      ['b', 'Chile', '', '', '0', '', '0'],
      ['c', 'Chile', '', '', '10', '1', 'yes'],
    ]);
    expect(r.records.map((x) => x.policy_areas)).toEqual(['Tax; Inclusion', null, 'Debt']);
  });
});
