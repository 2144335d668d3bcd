/**
 * Hostile text against the query layer and the CSV export: member names, regions and filter
 * values full of quotes, backslashes, Unicode and SQL must reach DuckDB as data (bound
 * parameters), match exactly, and leave every table as it was; exported cells a spreadsheet
 * would run as a formula come back with a leading apostrophe.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { loadDataset } from '../../src/ingest';
import { toCsv } from '../../src/lib/csv';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { summarize, summaryQuery, type Dim, type Filters } from '../../src/queries';
import { testConnector } from '../helpers/db';
import { exportCsv } from '../helpers/export-csv';

const HOSTILE = `O'Brien "City"; DROP TABLE commitments; --`;
const PREFIX = `O'Brien "City"`; // a prefix of HOSTILE: must never match it
const BACKSLASH = String.raw`C:\Temp\'quoted'\ \"x\" \\ %_*`;
const UNICODE = 'Bogotá D.C.\u00a0😀 \u202Egnp.exe\u202C ‍中文 Łódź';
const OR_TRUE = `x' OR '1'='1`;
const HOSTILE_REGION = `Europe'); DELETE FROM commitments; --`;

/** Member → number of commitments in the fixture. */
const MEMBERS: Record<string, number> = {
  [HOSTILE]: 2,
  [PREFIX]: 1,
  [BACKSLASH]: 1,
  [UNICODE]: 3,
  [OR_TRUE]: 1,
  Colombia: 2,
};

const ALL = { ...DEFAULT_SWITCHES, denominator: 'all' as const };

let conn: Connector;
let tablesBefore: unknown;

async function tableState(): Promise<unknown> {
  const tables = await conn.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1",
  );
  const counts = await conn.query(
    `SELECT (SELECT count(*) FROM commitments)::INTEGER AS commitments,
            (SELECT count(*) FROM members)::INTEGER AS members,
            (SELECT count(*) FROM action_plans)::INTEGER AS action_plans,
            (SELECT count(*) FROM load_issues)::INTEGER AS load_issues,
            (SELECT count(*) FROM datasets)::INTEGER AS datasets`,
  );
  return { tables, counts };
}

/** Groups by member under the filters: member → commitments (n under denominator "all"). */
async function byMember(filters: Filters): Promise<Record<string, number>> {
  const groups = await summarize(conn, { by: ['member'], switches: ALL, filters });
  return Object.fromEntries(groups.map((g) => [g.key.member, g.metrics.verifiable.n]));
}

beforeAll(async () => {
  conn = await testConnector();
  let id = 0;
  const rows = Object.entries(MEMBERS).flatMap(([member, n]) =>
    Array.from({ length: n }, () => ({
      'Commitment Unique Identifier': `CO${String(++id).padStart(4, '0')}`,
      'Country/Locality': member,
      Code: '',
      Region: member === HOSTILE ? HOSTILE_REGION : 'Americas',
    })),
  );
  const report = await loadDataset(
    conn,
    { commitments: [exportCsv(rows)] },
    { id: 'hostile', name: 'hostile', simulated: false, asOf: '2026-01-15' },
  );
  expect(report.rows).toEqual({ read: 10, loaded: 10, rejected: 0, skipped: 0 });
  tablesBefore = await tableState();
});

afterAll(async () => {
  // Nothing below may have dropped, emptied or added a table.
  expect(await tableState()).toEqual(tablesBefore);
});

describe('filters with hostile values reach SQL as bound parameters', () => {
  it('the member names were loaded exactly as written', async () => {
    expect(await byMember({})).toEqual(MEMBERS);
  });

  it.each(Object.keys(MEMBERS))('member filter %j matches that member only', async (member) => {
    expect(await byMember({ members: [member] })).toEqual({ [member]: MEMBERS[member] });
  });

  it('several hostile values in one IN list', async () => {
    expect(await byMember({ members: [HOSTILE, UNICODE, BACKSLASH, 'nobody'] })).toEqual({
      [HOSTILE]: 2,
      [UNICODE]: 3,
      [BACKSLASH]: 1,
    });
  });

  it('values shaped like SQL, wildcards and near-misses match nothing', async () => {
    const members = [
      `x'); DROP TABLE commitments; --`,
      `' OR 1=1 --`,
      String.raw`\'; DROP TABLE members; --`,
      `"; DROP TABLE "commitments"; --`,
      '%',
      '_',
      '*',
      `${PREFIX} `,
      HOSTILE.toUpperCase(),
      UNICODE.normalize('NFD'),
      '',
    ];
    expect(await byMember({ members })).toEqual({});
  });

  it('region, kind, era and cycle filters take hostile values too', async () => {
    const groups = await summarize(conn, {
      by: ['region'],
      switches: ALL,
      filters: { regions: [HOSTILE_REGION] },
    });
    expect(groups.map((g) => [g.key.region, g.metrics.verifiable.n])).toEqual([
      [HOSTILE_REGION, 2],
    ]);
    for (const filters of [
      { kinds: [`national' OR '1'='1`] },
      { eras: [`pre2020'; DROP TABLE commitments; --`] },
      { cycles: [`2015-2017') OR ('a'='a`] },
      { regions: [`Americas' --`] },
    ] satisfies Filters[]) {
      expect(await byMember(filters), JSON.stringify(filters)).toEqual({});
    }
  });

  it('the SQL text never contains a filter value, only placeholders', () => {
    const { sql, params } = summaryQuery({
      by: ['member'],
      switches: DEFAULT_SWITCHES,
      filters: { members: [HOSTILE, BACKSLASH], regions: [HOSTILE_REGION] },
    });
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain('DELETE');
    expect(sql).not.toContain('Temp');
    expect(params).toEqual([HOSTILE_REGION, HOSTILE, BACKSLASH]);
  });

  it('a grouping dimension outside the fixed list is ignored, not spliced into SQL', async () => {
    const by = ['member; DROP TABLE commitments; --' as Dim];
    expect(summaryQuery({ by, switches: DEFAULT_SWITCHES }).sql).not.toContain('DROP');
    const groups = await summarize(conn, { by, switches: ALL });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.metrics.verifiable.n).toBe(10);
  });
});

describe('CSV export: formula-looking cells are neutralised', () => {
  it('cells beginning with = + - @, tab or CR come back from DuckDB with a leading apostrophe', async () => {
    const risky = [
      '=SUM(A1:A9)',
      '=HYPERLINK("http://example.com/?a=1,b=2","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1+1',
      '\r=1+1',
      '-',
    ];
    const safe = ['plain', `O'Brien "City"; DROP TABLE x; --`, ' =1+1', 'a=b', 'Łódź 😀', ''];
    const rows = [...risky, ...safe].map((cell, i) => [i, cell]);
    const dir = mkdtempSync(join(tmpdir(), 'irm-export-'));
    try {
      const path = join(dir, 'export.csv');
      writeFileSync(path, toCsv(['n', 'cell'], rows), 'utf8');
      await conn.registerFile('export-readback.csv', readFileSync(path));
      const { columns } = await conn.queryColumns(
        `SELECT n, cell FROM read_csv('export-readback.csv', header = true, delim = ',',
           quote = '"', escape = '"', all_varchar = true, strict_mode = true) ORDER BY n::INTEGER`,
      );
      await conn.dropFile('export-readback.csv');
      const back = (columns[1] ?? []).map((v) => (v === null ? '' : String(v)));
      expect(back).toHaveLength(rows.length);
      risky.forEach((cell, i) => expect(back[i], JSON.stringify(cell)).toBe(`'${cell}`));
      safe.forEach((cell, i) => expect(back[risky.length + i], JSON.stringify(cell)).toBe(cell));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
