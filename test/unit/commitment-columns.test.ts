import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_COLUMNS,
  COMMITMENT_WIDTH,
  CommitmentColumns,
  columnIndexes,
  commitmentRecord,
  recordFromRow,
} from '../../src/ingest/commitment-record';

describe('CommitmentColumns', () => {
  it('turns records into one array per column, in column order, null where unset', () => {
    const cols = new CommitmentColumns(4);
    cols.push(commitmentRecord({ commitment_id: 'a', title: 'First', source_row: 1 }));
    cols.push(commitmentRecord({ commitment_id: 'b', h_starred: 'yes', source_row: 2 }));
    expect(cols.length).toBe(2);
    const out = cols.take();
    expect(Object.keys(out)).toEqual(COMMITMENT_COLUMNS.map((c) => c.name));
    expect(out.commitment_id).toEqual(['a', 'b']);
    expect(out.title).toEqual(['First', null]);
    expect(out.h_starred).toEqual([null, 'yes']);
    expect(out.source_row).toEqual([1, 2]);
    // Trimmed to the rows pushed, not the capacity it was made with.
    expect(out.full_text).toHaveLength(2);
  });

  it('starts again empty after take, and grows past its capacity', () => {
    const cols = new CommitmentColumns(1);
    cols.push(commitmentRecord({ commitment_id: 'a' }));
    cols.take();
    expect(cols.length).toBe(0);
    for (const id of ['x', 'y', 'z']) cols.push(commitmentRecord({ commitment_id: id }));
    expect(cols.take().commitment_id).toEqual(['x', 'y', 'z']);
  });

  it('refuses a record with a key that is not a column, instead of shifting every column', () => {
    const cols = new CommitmentColumns();
    const rec = { ...commitmentRecord({ commitment_id: 'a' }), stray: 'value' };
    expect(() => cols.push(rec)).toThrow(/117 keys, not 116/);
  });

  it('takes rows written by column place, as the normaliser writes them', () => {
    const at = columnIndexes(['commitment_id', 'title', 'source_row', 'h_starred']);
    expect(at.commitment_id).toBe(0);
    expect(at.source_row).toBe(3);
    const row = new Array<unknown>(COMMITMENT_WIDTH).fill(null);
    row[at.commitment_id] = 'a';
    row[at.title] = 'First';
    row[at.source_row] = 1;
    const cols = new CommitmentColumns(2);
    cols.pushRow(row);
    // The row array is reused: what was pushed must be a copy.
    row.fill(null);
    row[at.commitment_id] = 'b';
    row[at.h_starred] = 'yes';
    cols.pushRow(row);
    const out = cols.take();
    expect(out.commitment_id).toEqual(['a', 'b']);
    expect(out.title).toEqual(['First', null]);
    expect(out.h_starred).toEqual([null, 'yes']);
    expect(out.source_row).toEqual([1, null]);
    expect(() => cols.pushRow(row.slice(1))).toThrow(/115 values, not 116/);
  });

  it('names a misspelt column at once instead of writing its value nowhere', () => {
    expect(() => columnIndexes(['commitment_id', 'titel'])).toThrow(
      'titel is not a column of the commitments table',
    );
  });

  it('turns a row back into the record commitmentRecord would build', () => {
    const at = columnIndexes(['commitment_id', 'h_starred', 'source_row']);
    const row = new Array<unknown>(COMMITMENT_WIDTH).fill(null);
    row[at.commitment_id] = 'a';
    row[at.h_starred] = 'yes';
    row[at.source_row] = 7;
    expect(recordFromRow(row)).toStrictEqual(
      commitmentRecord({ commitment_id: 'a', h_starred: 'yes', source_row: 7 }),
    );
    expect(Object.keys(recordFromRow(row))).toEqual(COMMITMENT_COLUMNS.map((c) => c.name));
  });
});
