import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_COLUMNS,
  CommitmentColumns,
  commitmentRecord,
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
});
