import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { loadDataset, type LoadReport } from '../../src/ingest';
import { testConnector } from '../helpers/db';

// OGP's real export sample lives beside the repo, never inside it.
const SAMPLE = fileURLToPath(
  new URL('../../../shared/data/ogp-export-sample.csv', import.meta.url),
);

let conn: Connector;
let report: LoadReport;
beforeAll(async () => {
  conn = await testConnector();
  report = await loadDataset(
    conn,
    { commitments: [{ name: 'ogp-export-sample.csv', bytes: readFileSync(SAMPLE) }] },
    { id: 'sample', name: 'OGP export sample', simulated: false, asOf: '2026-11-23' },
  );
});

describe("OGP's real export sample", () => {
  it('loads every row: read = loaded = 288, none rejected or skipped, no warning', () => {
    expect(report.rows).toEqual({ read: 288, loaded: 288, rejected: 0, skipped: 0 });
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it.each([
    ['High Ambition', 'ogp_high_ambition', 'h_ambition_high', 170],
    ['High Completion', 'ogp_high_completion', 'h_high_completion', 195],
    ['High DIOG', 'ogp_high_diog', 'h_strong_results', 129],
  ])(
    "the default rules reproduce OGP's %s on every row where both are defined",
    async (_n, ogp, ours, expected) => {
      const rows = await conn.query(
        `SELECT commitment_id, ${ogp} AS ogp, ${ours} AS ours FROM commitments
       WHERE ${ogp} IN ('0', '1') AND ${ours} IN ('yes', 'no')`,
      );
      const disagreements = rows.filter((r) => (r.ogp === '1') !== (r.ours === 'yes'));
      expect(disagreements).toEqual([]);
      expect(rows.length).toBe(expected);
    },
  );

  it('where OGP codes an unrated commitment as 0, ours is a state, never a rating', async () => {
    const rows = await conn.query(
      `SELECT DISTINCT h_high_completion AS s FROM commitments
       WHERE ogp_high_completion = '0' AND h_high_completion NOT IN ('yes', 'no') ORDER BY 1`,
    );
    // As of 2026-11-23 the blank end-of-term ratings of plans ending 2025 or later are pending.
    expect(rows.map((r) => r.s)).toEqual(['not_reviewed', 'pending_irm']);
  });

  it('detects the era of every row and finds 38 members', async () => {
    const eras = await conn.query(
      'SELECT era, count(*)::INTEGER AS n FROM commitments GROUP BY 1 ORDER BY 1',
    );
    expect(eras).toEqual([
      { era: 'pre2020', n: 177 },
      { era: 'refresh', n: 111 },
    ]);
    const [members] = await conn.query('SELECT count(*)::INTEGER AS n FROM members');
    expect(members).toEqual({ n: 38 });
  });

  it('keeps raw labels next to codes', async () => {
    const [row] = await conn.query(
      "SELECT potential_impact_raw, potential_impact_code, potential_impact_ord FROM commitments WHERE potential_impact_raw = 'Transformative' LIMIT 1",
    );
    expect(row).toEqual({
      potential_impact_raw: 'Transformative',
      potential_impact_code: 'transformative',
      potential_impact_ord: 3,
    });
  });
});
