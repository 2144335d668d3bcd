import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type LoadIssue } from '../../src/ingest';
import { toCsv } from '../../src/lib/csv';
import { translateIssueNote, translator } from '../../src/i18n';
import { testConnector } from '../helpers/db';
import { exportCsv, PRE2020, textFile } from '../helpers/export-csv';

let issues: LoadIssue[];

// One file with every row-level problem the normalisers report, and a plans file likewise.
beforeAll(async () => {
  const conn = await testConnector();
  const commitments = exportCsv(
    [
      { ...PRE2020, 'Commitment Unique Identifier': 'AA1', 'Year Of Submission': 'soon' },
      { ...PRE2020, 'Commitment Unique Identifier': '' },
      { ...PRE2020, 'Commitment Unique Identifier': 'AA1' },
      { ...PRE2020, 'Commitment Unique Identifier': 'AA2', 'Commitment Dummy': '0' },
      { ...PRE2020, 'Commitment Unique Identifier': 'AA3', 'Country/Locality': '' },
      { ...PRE2020, 'Commitment Unique Identifier': 'AA4', 'National Or Local': '' },
      { ...PRE2020, 'Commitment Unique Identifier': 'AA5', Specificity: 'Très "haute"' },
    ],
    'issues.csv',
  );
  const plansHeader = ['plan_id', 'member', 'participation', 'participating_groups', 'end_date'];
  const plans = textFile(
    'action-plans.csv',
    toCsv(
      plansHeader,
      [
        ['P1', 'Colombia', 'Involve', 'many', 'someday'],
        ['', 'Colombia', '', '', ''],
        ['P1', 'Colombia', '', '', ''],
        ['P2', 'Colombia', 'Dance', '', ''],
      ],
      { neutralise: false },
    ),
  );
  const canonical = textFile(
    'extra.csv',
    toCsv(
      ['commitment_id', 'member', 'start_date', 'mystery_column'],
      [['BB1', 'Kenya', 'Q3 of some year', 'x']],
      {
        neutralise: false,
      },
    ),
  );
  const report = await loadDataset(
    conn,
    { commitments: [commitments], actionPlans: [plans] },
    { id: 'issues', name: 'issues', simulated: false, asOf: '2026-11-23' },
  );
  // IRM Atlas's own exports say on every row whether they are simulated: all, or some, rows.
  const status = ['commitment_id', 'member', 'data_status'];
  const simulatedAll = textFile(
    'all-simulated.csv',
    toCsv(status, [['CC1', 'Chile', 'SIMULATED DATA, not real IRM results']], {
      neutralise: false,
    }),
  );
  const simulatedSome = textFile(
    'some-simulated.csv',
    toCsv(
      status,
      [
        ['DD1', 'Peru', 'as loaded (not simulated)'],
        ['DD2', 'Peru', 'SIMULATED DATA, not real IRM results'],
      ],
      { neutralise: false },
    ),
  );
  const report2 = await loadDataset(
    conn,
    { commitments: [canonical, simulatedAll, simulatedSome], actionPlans: [] },
    { id: 'extra', name: 'extra', simulated: false, asOf: '2026-11-23' },
  );
  issues = [...report.issues, ...report2.issues];
});

describe('quality-report messages in the UI language', () => {
  it('covers every kind of row message the loader writes', () => {
    const kinds = new Set(issues.map((i) => i.message.replace(/\d+|"[^"]*"/g, '#').slice(0, 40)));
    // 11 row messages, the unused-columns note, the dates kept as text and the two notes on
    // simulated rows: all 15 kinds.
    expect(kinds.size).toBe(15);
  });

  it.each(['fr', 'es'] as const)('translates every row message into %s', (lang) => {
    const tr = translator(lang);
    const left = issues
      .filter((i) => i.row !== null || /column\(s\) not used|simulated data/.test(i.message))
      .filter((i) => translateIssueNote(i.message, tr) === i.message)
      .map((i) => i.message);
    expect(left).toEqual([]);
  });

  it('keeps the values as the file holds them', () => {
    const fr = translator('fr');
    const unknown = issues.find((i) => i.message.includes('Très'));
    expect(translateIssueNote(unknown?.message ?? '', fr)).toBe(
      'ligne 7, colonne «\u00a0Specificity\u00a0»\u00a0: libellé inconnu «\u00a0Très "haute"\u00a0»\u00a0; enregistré comme manquant',
    );
    const dup = issues.find((i) => i.message.includes('already loaded'));
    expect(translateIssueNote(dup?.message ?? '', translator('es'))).toBe(
      'fila 3 rechazada: el identificador AA1 ya se cargó desde issues.csv, fila 1',
    );
    const some = issues.find((i) => i.message.includes('1 of 2 rows'));
    expect(translateIssueNote(some?.message ?? '', fr)).toBe(
      'la colonne «\u00a0data_status\u00a0» dit que 1 ligne sur 2 est une donnée simulée (la première à la ligne 2)\u00a0: tout le jeu de données est marqué DONNÉES SIMULÉES',
    );
    expect(translateIssueNote('Cannot read x.csv: broken', fr)).toBe('Cannot read x.csv: broken');
  });
});
