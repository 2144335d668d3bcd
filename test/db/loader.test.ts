import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { FileReadError, loadDataset, type InputFile, type LoadReport } from '../../src/ingest';
import { testConnector } from '../helpers/db';
import { exportCsv, PRE2020, REFRESH, textFile } from '../helpers/export-csv';

let conn: Connector;
beforeAll(async () => {
  conn = await testConnector();
});

const load = (files: InputFile[], asOf = '2026-11-23'): Promise<LoadReport> =>
  loadDataset(conn, { commitments: files }, { id: 't', name: 'test', simulated: false, asOf });

const one = async (id: string) =>
  (await conn.query('SELECT * FROM commitments WHERE commitment_id = ?', [id]))[0];

interface RowRuleCase {
  name: string;
  file: InputFile;
  rows: { read: number; loaded: number; rejected: number; skipped: number };
  issue?: {
    severity: string;
    row: number | null;
    column: string | null;
    value: string | null;
    message: RegExp;
  };
}

const rowRuleCases: RowRuleCase[] = [
  {
    name: 'empty commitment ID → row rejected (error)',
    file: exportCsv([
      { 'Commitment Unique Identifier': 'CO0001' },
      { 'Commitment Unique Identifier': '  ' },
    ]),
    rows: { read: 2, loaded: 1, rejected: 1, skipped: 0 },
    issue: {
      severity: 'error',
      row: 2,
      column: 'Commitment Unique Identifier',
      value: '  ',
      message: /identifier is empty/,
    },
  },
  {
    name: 'an ID seen before → that later row rejected, naming both rows',
    file: exportCsv([
      { 'Commitment Unique Identifier': 'CO0001' },
      { 'Commitment Unique Identifier': 'CO0002' },
      { 'Commitment Unique Identifier': 'CO0001', 'Commitment Title': 'again' },
    ]),
    rows: { read: 3, loaded: 2, rejected: 1, skipped: 0 },
    issue: {
      severity: 'error',
      row: 3,
      column: 'Commitment Unique Identifier',
      value: 'CO0001',
      message: /row 3 rejected: identifier CO0001 was already loaded from fixture\.csv row 1/,
    },
  },
  {
    name: 'Commitment Dummy = 0 → row skipped (info)',
    file: exportCsv([
      { 'Commitment Unique Identifier': 'CO0001' },
      { 'Commitment Unique Identifier': 'CO0002', 'Commitment Dummy': '0' },
    ]),
    rows: { read: 2, loaded: 1, rejected: 0, skipped: 1 },
    issue: {
      severity: 'info',
      row: 2,
      column: 'Commitment Dummy',
      value: '0',
      message: /skipped: Commitment Dummy = 0/,
    },
  },
  {
    name: 'unknown rating label → field missing + warning naming file, row, column, value',
    file: exportCsv([
      { 'Commitment Unique Identifier': 'CO0001', ...PRE2020, 'Potential Impact': 'Huge' },
    ]),
    rows: { read: 1, loaded: 1, rejected: 0, skipped: 0 },
    issue: {
      severity: 'warning',
      row: 1,
      column: 'Potential Impact',
      value: 'Huge',
      message: /unknown label "Huge"/,
    },
  },
];

describe('row rules (irm-methodology.md §5)', () => {
  it.each(rowRuleCases)('$name', async ({ file, rows, issue }) => {
    const report = await load([file]);
    expect(report.rows).toEqual(rows);
    expect(report.rows.read).toBe(report.rows.loaded + report.rows.rejected + report.rows.skipped);
    const [{ n }] = (await conn.query('SELECT count(*)::INTEGER AS n FROM commitments')) as [
      { n: number },
    ];
    expect(n).toBe(rows.loaded);
    if (issue) {
      const found = report.issues.find((i) => i.severity === issue.severity && i.row === issue.row);
      expect(found).toMatchObject({
        file: 'fixture.csv',
        column: issue.column,
        value: issue.value,
      });
      expect(found?.message).toMatch(issue.message);
    }
  });

  it('keeps the unknown label raw and stores the field as missing, never a rating', async () => {
    await load([
      exportCsv([
        { 'Commitment Unique Identifier': 'CO0001', ...PRE2020, 'Potential Impact': 'Huge' },
      ]),
    ]);
    const row = await one('CO0001');
    expect(row).toMatchObject({
      potential_impact_raw: 'Huge',
      potential_impact_code: 'missing',
      potential_impact_ord: null,
      h_ambition_high: 'missing',
    });
  });
});

describe('states are never ratings and never 0', () => {
  it.each([
    ['ND', 'no_data'],
    ['NR', 'not_reviewed'],
    ['NA', 'not_applicable'],
    ['', 'no_data'],
    ['-', 'missing'],
    ['Pending IRM review', 'pending_irm'],
  ])('completion "%s" → %s, excluded from high completion', async (raw, state) => {
    await load([
      exportCsv([
        {
          'Commitment Unique Identifier': 'CO0001',
          ...PRE2020,
          'Completion (End Of Term)': raw,
          'Completion (Progress Report)': raw,
        },
      ]),
    ]);
    const row = await one('CO0001');
    expect(row).toMatchObject({
      completion_eot_code: state,
      completion_eot_ord: null,
      h_high_completion: state,
    });
  });
});

describe('eras and harmonisation', () => {
  it('detects both eras per row and harmonises each by its own scale', async () => {
    await load([
      exportCsv([
        { 'Commitment Unique Identifier': 'FR0001', ...PRE2020 },
        { 'Commitment Unique Identifier': 'CO0111', ...REFRESH },
        // No design rating: the submission year decides.
        {
          'Commitment Unique Identifier': 'CO0200',
          'Year Of Submission': '2022',
          'Action Plan End Year': '2024',
        },
      ]),
    ]);
    expect(await one('FR0001')).toMatchObject({
      era: 'pre2020',
      h_verifiable: 'yes',
      h_ambition_high: 'yes',
      h_ambition_high_alt: 'no', // Moderate is not Transformative
      h_completion_final: 'substantial',
      h_completion_stage: 'end_of_term',
      h_high_completion: 'yes',
      h_results_level: 2,
      h_strong_results: 'yes',
      h_starred: 'yes',
      h_starred_2015: 'no',
      h_promising: 'not_applicable',
    });
    expect(await one('CO0111')).toMatchObject({
      era: 'refresh',
      cycle: '2021-2023',
      h_ambition_high: 'yes',
      h_high_completion: 'yes',
      h_results_level: 2,
      h_strong_results: 'yes',
    });
    expect(await one('CO0200')).toMatchObject({
      era: 'refresh',
      era_rule: 'no design rating; submitted 2020 or later',
    });
  });

  it('falls back to mid-term completion and keeps the stage', async () => {
    await load([
      exportCsv([
        { 'Commitment Unique Identifier': 'FR0002', ...PRE2020, 'Completion (End Of Term)': 'ND' },
      ]),
    ]);
    expect(await one('FR0002')).toMatchObject({
      h_completion_final: 'limited',
      h_completion_stage: 'midterm',
      h_high_completion: 'no',
    });
  });

  it('a recent plan is pending IRM review as of a date, and not assessed after the report was due', async () => {
    const file = () =>
      exportCsv([
        {
          'Commitment Unique Identifier': 'CO0300',
          'Year Of Submission': '2025',
          'Action Plan End Year': '2027',
        },
      ]);
    await load([file()], '2026-01-15');
    expect(await one('CO0300')).toMatchObject({
      verifiable_code: 'pending_irm',
      completion_eot_code: 'pending_irm',
      h_verifiable: 'pending_irm',
    });
    await load([file()], '2028-06-01');
    expect(await one('CO0300')).toMatchObject({
      verifiable_code: 'no_data',
      completion_eot_code: 'no_data',
    });
  });

  it('OGP Local plans after May 2019 are not assessed, never pending', async () => {
    await load(
      [
        exportCsv([
          {
            'Commitment Unique Identifier': 'BOG0001',
            'National Or Local': 'Local',
            'Year Of Submission': '2025',
            'Action Plan End Year': '2027',
          },
        ]),
      ],
      '2026-01-15',
    );
    expect(await one('BOG0001')).toMatchObject({ kind: 'local', completion_eot_code: 'no_data' });
  });

  it('maps National Or Local: Legacy Local → local, Other → other', async () => {
    await load([
      exportCsv([
        {
          'Commitment Unique Identifier': 'SCO0001',
          'National Or Local': 'Legacy Local',
          'Country/Locality': 'Scotland, United Kingdom',
        },
        {
          'Commitment Unique Identifier': 'XK0001',
          'National Or Local': 'Other',
          'Country/Locality': 'Kosovo',
        },
      ]),
    ]);
    expect(await one('SCO0001')).toMatchObject({ kind: 'local', parent_country: 'United Kingdom' });
    expect(await one('XK0001')).toMatchObject({ kind: 'other' });
  });
});

describe('readers and headers', () => {
  const header =
    'Commitment Unique Identifier,Country/Locality,Commitment Title,Potential Impact,Year Of Submission';
  it.each([
    ['BOM and CRLF', `\uFEFF${header}\r\nCO0001,Colombia,Title,Minor,2015\r\n`, 'Title'],
    [
      'quoted commas, quotes and newlines',
      `${header}\nCO0001,Colombia,"A, ""quoted""\ntitle",Minor,2015\n`,
      'A, "quoted"\ntitle',
    ],
    [
      'headers matched case-, space- and accent-insensitively',
      'commitment  unique IDENTIFIER,Country/Locality,COMMITMENT TÍTLE,potential impact,Year of submission\nCO0001,Colombia,Title,Minor,2015\n',
      'Title',
    ],
  ])('CSV: %s', async (_name, text, title) => {
    const report = await load([textFile('f.csv', text)]);
    expect(report.rows).toEqual({ read: 1, loaded: 1, rejected: 0, skipped: 0 });
    expect(await one('CO0001')).toMatchObject({ title, potential_impact_code: 'minor' });
  });

  it('TSV by extension', async () => {
    await load([
      textFile('f.tsv', `${header.replaceAll(',', '\t')}\nCO0001\tColombia\tT\tModerate\t2015\n`),
    ]);
    expect(await one('CO0001')).toMatchObject({
      potential_impact_code: 'moderate',
      era: 'pre2020',
    });
  });

  it('JSON in the canonical layout, French labels', async () => {
    const json = JSON.stringify([
      {
        commitment_id: 'FR0025',
        member: 'France',
        year_submission: 2015,
        year_end: 2017,
        verifiable: 'Non',
        relevant: 'Oui',
        ambition: 'Faible',
        completion_midterm: 'limité',
        completion_eot: 'limitée',
        diog_cp: "n'a pas changé",
        early_results: "n'ont pas changé",
      },
    ]);
    const report = await load([textFile('c.json', json)]);
    expect(report.dataset.layout).toBe('canonical');
    expect(await one('FR0025')).toMatchObject({
      h_verifiable: 'no',
      h_relevant: 'yes',
      h_ambition_high: 'no',
      completion_eot_code: 'limited',
      h_high_completion: 'no',
      diog_cp_code: 'did_not_change',
      diog_overall_code: 'did_not_change',
      h_results_level: 0,
      h_strong_results: 'no',
      cycle: '2015-2017',
    });
  });

  it('a file that cannot be read → one clear error, and the previous tables stay whole', async () => {
    await load([exportCsv([{ 'Commitment Unique Identifier': 'CO0001' }])]);
    const bad = textFile('broken.csv', `${header}\nCO0009,Colombia,"never closed,Minor,2015\n`);
    await expect(
      load([exportCsv([{ 'Commitment Unique Identifier': 'CO0002' }]), bad]),
    ).rejects.toBeInstanceOf(FileReadError);
    const ids = await conn.query('SELECT commitment_id FROM commitments');
    expect(ids).toEqual([{ commitment_id: 'CO0001' }]);
  });

  it.each([
    [
      'a ragged row',
      `${header}\nCO0001,Colombia,T,Minor\n`,
      /broken\.csv: malformed CSV at line 2: expected 5 columns \(as in the header\), found 4/,
    ],
    [
      'an unclosed quote',
      `${header}\nCO0001,Colombia,"T,Minor,2015\n`,
      /broken\.csv: malformed CSV at line 2: a quoted value is never closed/,
    ],
  ])('%s → FileReadError naming the line', async (_name, text, message) => {
    await expect(load([textFile('broken.csv', text)])).rejects.toThrow(message);
  });

  it('a duplicate across two files is rejected naming the first file', async () => {
    const report = await load([
      exportCsv([{ 'Commitment Unique Identifier': 'CO0001' }], 'a.csv'),
      exportCsv([{ 'Commitment Unique Identifier': 'CO0001' }], 'b.csv'),
    ]);
    expect(report.rows).toEqual({ read: 2, loaded: 1, rejected: 1, skipped: 0 });
    expect(report.issues.find((i) => i.severity === 'error')?.message).toMatch(
      /already loaded from a\.csv row 1/,
    );
  });
});

describe('large files stream in batches', () => {
  const header = 'commitment_id,member,title,ambition\n';
  const rows = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => `C${from + i},M${(from + i) % 7},"t, ${from + i}",Minor`);

  it('a file of several batches keeps every row, its number and the duplicate check across batches', async () => {
    // 45,000 rows: three batches of the streaming reader (20,000 rows each).
    const body = [...rows(30_000), 'C5,dup,"again",Minor', ...rows(14_999, 30_001)];
    const report = await load([textFile('big.csv', header + body.join('\r\n'))]);
    expect(report.rows).toEqual({ read: 45_000, loaded: 44_999, rejected: 1, skipped: 0 });
    const dup = report.issues.find((i) => i.severity === 'error');
    expect(dup).toMatchObject({ row: 30_001, column: 'commitment_id', value: 'C5' });
    expect(dup?.message).toContain('already loaded from big.csv row 5');
    expect(
      await conn.query(
        `SELECT count(*)::INT AS n, min(source_row)::INT AS lo, max(source_row)::INT AS hi,
                count(DISTINCT commitment_id)::INT AS ids FROM commitments`,
      ),
    ).toEqual([{ n: 44_999, lo: 1, hi: 45_000, ids: 44_999 }]);
    expect(await one('C44999')).toMatchObject({ source_row: 45_000, title: 't, 44999' });
    expect(await one('C30001')).toMatchObject({ source_row: 30_002, member: `M${30_001 % 7}` });
  });

  it('a malformed line after the first batches → refused naming it; the loaded tables stay whole', async () => {
    await load([textFile('good.csv', `${header}K1,Kenya,t,Minor\n`)]);
    const bad = `${header}${rows(25_000).join('\n')}\nC25001,"open,Minor\n`;
    await expect(load([textFile('bad.csv', bad)])).rejects.toThrow(
      /^Cannot read bad\.csv: malformed CSV at line 25002: a quoted value is never closed/,
    );
    expect(await conn.query('SELECT commitment_id FROM commitments')).toEqual([
      { commitment_id: 'K1' },
    ]);
    const tables = await conn.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE '%loading%'",
    );
    expect(tables).toEqual([]);
  });

  it('DuckDB running out of memory → a refusal naming the file and row, nothing half-loaded', async () => {
    await load([textFile('good.csv', `${header}K1,Kenya,t,Minor\n`)]);
    let inserts = 0;
    const starved: Connector = {
      ...conn,
      insertColumns: async (table, columns, data, opts) => {
        if (table === 'commitments__loading' && ++inserts === 2)
          throw new Error('Out of Memory Error: failed to allocate data of size 16.0 MiB');
        return conn.insertColumns(table, columns, data, opts);
      },
    };
    const error = await loadDataset(
      starved,
      { commitments: [textFile('huge.csv', header + rows(30_000).join('\n'))] },
      { id: 't', name: 'test', simulated: false, asOf: '2026-11-23' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as Error).message).toBe(
      'Cannot read huge.csv: the rows do not fit in the memory this tab gives DuckDB (it stopped at row 20001); load a smaller file, or split this one',
    );
    expect(await conn.query('SELECT commitment_id FROM commitments')).toEqual([
      { commitment_id: 'K1' },
    ]);
  });
});
