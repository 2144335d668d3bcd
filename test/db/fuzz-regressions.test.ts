/**
 * Bugs the loader fuzz (scripts/fuzz.ts, docs/reliability.md) found, one test per bug, each
 * named after it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import {
  FileReadError,
  UnmappedHeadersError,
  loadDataset,
  type InputFile,
  type LoadReport,
} from '../../src/ingest';
import { testConnector } from '../helpers/db';
import { textFile } from '../helpers/export-csv';

let conn: Connector;
beforeAll(async () => {
  conn = await testConnector();
});

const load = (commitments: InputFile[], actionPlans?: InputFile[]): Promise<LoadReport> =>
  loadDataset(
    conn,
    { commitments, actionPlans },
    { id: 'regression', name: 'regression', simulated: false, asOf: '2026-01-15' },
  );

const GOOD = 'commitment_id,member,title\nCO0001,Colombia,Kept\n';

async function refusal(files: InputFile[]): Promise<Error> {
  await load([textFile('before.csv', GOOD)]);
  const before = await conn.query('SELECT commitment_id, source_file FROM commitments');
  const error = await load(files).then(
    () => new Error('expected the load to fail'),
    (e: unknown) => e as Error,
  );
  // Nothing half-loaded: the previous tables are still there.
  expect(await conn.query('SELECT commitment_id, source_file FROM commitments')).toEqual(before);
  return error;
}

describe('bugs found by the loader fuzz', () => {
  it.each(['commitments.constructor', 'commitments.__proto__', 'commitments.CONSTRUCTOR'])(
    'file extension named like an Object property (%s) crashed detectFormat with a TypeError',
    async (name) => {
      const report = await load([textFile(name, GOOD)]);
      expect(report.rows).toEqual({ read: 1, loaded: 1, rejected: 0, skipped: 0 });
    },
  );

  it('JSON value nested too deeply crashed readJson with a RangeError (stack overflow)', async () => {
    const depth = 100_000;
    const json = `[{"commitment_id":"CO0002","member":"Chile","title":${'['.repeat(depth)}${']'.repeat(depth)}}]`;
    const error = await refusal([textFile('deep.json', json)]);
    expect(error).toBeInstanceOf(FileReadError);
    expect(error.message).toBe(
      'Cannot read deep.json: row 1, "title": the value is nested too deeply to be read as text',
    );
  });

  it('kind label named like an Object property was stored as a function or an object', async () => {
    const csv = 'commitment_id,member,kind\nA1,X,constructor\nA2,X,__proto__\nA3,X,toString\n';
    await load([textFile('kinds.csv', csv)]);
    expect(await conn.query('SELECT DISTINCT kind FROM commitments')).toEqual([{ kind: 'other' }]);
  });

  it('header named like an Object property got a function as its mapping suggestion', async () => {
    const csv = 'constructor,__proto__,id\nx,y,z\n';
    const error = await refusal([textFile('unmapped.csv', csv)]);
    expect(error).toBeInstanceOf(UnmappedHeadersError);
    const { suggestions } = error as UnmappedHeadersError;
    expect(Object.getPrototypeOf(suggestions)).toBe(Object.prototype);
    expect(Object.entries(suggestions)).toEqual([
      ['constructor', null],
      ['__proto__', null],
      ['id', 'commitment_id'],
    ]);
  });

  it('action-plan label named like an Object property was stored as a function', async () => {
    const plans =
      'plan_id,member,participation,forum,influence_development\nAP_X01,X,constructor,toString,__proto__\n';
    const report = await load([textFile('c.csv', GOOD)], [textFile('plans.csv', plans)]);
    expect(report.actionPlans).toEqual({ read: 1, loaded: 1, rejected: 0, skipped: 0 });
    expect(
      await conn.query('SELECT participation, forum, influence_development FROM action_plan_facts'),
    ).toEqual([{ participation: 'missing', forum: 'missing', influence_development: 'missing' }]);
    expect(
      report.issues.filter((i) => i.file === 'plans.csv' && i.severity === 'warning'),
    ).toHaveLength(3);
  });

  it('Latin-1 CSV was refused with DuckDB\'s preamble ("CSV Error on Line: 2") as the reason', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('commitment_id,member\nCO1,Bogot'),
      0xe1,
      0x0a,
    ]);
    const error = await refusal([{ name: 'latin1.csv', bytes }]);
    expect(error).toBeInstanceOf(FileReadError);
    expect(error.message).toMatch(
      /^Cannot read latin1\.csv: malformed CSV at line 2: the file is not UTF-8 text \(save it as "CSV UTF-8"\)/,
    );
  });

  it.each([
    ['a ;-file', '"zz\ttab";commitment_id;member\nx;CO1;Chile\n'],
    ['a |-file', 'commitment_id|member|"zz\ttab"\nCO1|Chile|x\n'],
  ])(
    'tab inside a quoted header cell made %s without extension read as TSV, and refused',
    async (_name, text) => {
      for (const name of ['plain', 'plain.txt']) {
        const report = await load([textFile(name, text)]);
        expect(report.rows).toEqual({ read: 1, loaded: 1, rejected: 0, skipped: 0 });
      }
    },
  );

  // DuckDB's reader took the line ending from the first line break and refused any other kind;
  // the streaming reader (src/ingest/csv-parse.ts) ends a record at LF, CRLF or CR alike.
  it('quoted LF in the header of a CRLF file was refused as "a quoted value is never closed"', async () => {
    const report = await load([
      textFile('alt-enter.csv', 'commitment_id,"member\nname"\r\nCO1,Chile\r\nCO2,Peru\r\n'),
    ]);
    expect(report.rows).toEqual({ read: 2, loaded: 2, rejected: 0, skipped: 0 });
    const unused = report.issues.find((i) => i.message.includes('not used by IRM Atlas'));
    expect(unused?.message).toContain('member\nname');
  });

  it('CSV with mixed line endings was refused with "The CSV Parser state machine reached an invalid state"', async () => {
    const report = await load([
      textFile('mixed.csv', 'commitment_id,member\r\nCO1,A\nCO2,B\r\nCO3,"C\r\nD"\rCO4,E'),
    ]);
    expect(report.rows).toEqual({ read: 4, loaded: 4, rejected: 0, skipped: 0 });
    expect(
      await conn.query('SELECT commitment_id, member, source_row FROM commitments ORDER BY 1'),
    ).toEqual([
      { commitment_id: 'CO1', member: 'A', source_row: 1 },
      { commitment_id: 'CO2', member: 'B', source_row: 2 },
      { commitment_id: 'CO3', member: 'C\r\nD', source_row: 3 },
      { commitment_id: 'CO4', member: 'E', source_row: 4 },
    ]);
  });
});
