import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { loadDataset } from '../../src/ingest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { summarize } from '../../src/queries';
import { testConnector } from '../helpers/db';
import { exportCsv, PRE2020, REFRESH } from '../helpers/export-csv';

let conn: Connector;

// Hand-computed fixture: Colombia has 3 pre-2020 rows (Moderate, Transformative, Minor impact)
// and 2 refresh rows (Substantial, Modest); France has 1 pending row and 1 rated.
beforeAll(async () => {
  conn = await testConnector();
  const col = { 'Country/Locality': 'Colombia', Code: 'COL', Region: 'Americas' };
  const fra = { 'Country/Locality': 'France', Code: 'FRA', Region: 'Europe' };
  await loadDataset(
    conn,
    {
      commitments: [
        exportCsv([
          { ...col, ...PRE2020, 'Commitment Unique Identifier': 'CO0001' },
          {
            ...col,
            ...PRE2020,
            'Commitment Unique Identifier': 'CO0002',
            'Potential Impact': 'Transformative',
            'Completion (End Of Term)': 'Limited',
          },
          {
            ...col,
            ...PRE2020,
            'Commitment Unique Identifier': 'CO0003',
            'Potential Impact': 'Minor',
            Specificity: 'Low',
            Verifiable: 'ND',
          },
          { ...col, ...REFRESH, 'Commitment Unique Identifier': 'CO0100' },
          {
            ...col,
            ...REFRESH,
            'Commitment Unique Identifier': 'CO0101',
            'Potential for Results': 'Modest',
            'Completion (End Of Term)': 'ND',
          },
          {
            ...fra,
            'Commitment Unique Identifier': 'FR0001',
            'Year Of Submission': '2026',
            'Action Plan End Year': '2028',
          },
          { ...fra, ...PRE2020, 'Commitment Unique Identifier': 'FR0002' },
        ]),
      ],
    },
    { id: 't', name: 't', simulated: false, asOf: '2026-11-23' },
  );
});

describe('summarize against real DuckDB', () => {
  it('counts rated commitments only, per member', async () => {
    const groups = await summarize(conn, { by: ['member'], switches: DEFAULT_SWITCHES });
    expect(groups.map((g) => g.key)).toEqual([{ member: 'Colombia' }, { member: 'France' }]);
    const col = groups[0]!.metrics;
    expect(col.verifiable).toMatchObject({ yes: 4, n: 5 }); // CO0003: Verifiable ND, Specificity Low → no
    expect(col.ambition_high).toMatchObject({ yes: 3, n: 5 }); // Moderate, Transformative, Substantial
    // CO0001, CO0003 Substantial and CO0100 Complete; CO0002 Limited; CO0101 has no completion.
    expect(col.high_completion).toMatchObject({ yes: 3, n: 4, share: 0.75 });
    const fra = groups[1]!.metrics;
    // FR0001 is pending IRM review: excluded from every denominator.
    expect(fra.verifiable).toMatchObject({ yes: 1, n: 1, share: 1 });
  });

  it('the switches change the figures', async () => {
    const [all] = await summarize(conn, { by: [], switches: DEFAULT_SWITCHES });
    expect(all!.metrics.ambition_high).toMatchObject({ yes: 4, n: 6 });
    const [modest] = await summarize(conn, {
      by: [],
      switches: { ...DEFAULT_SWITCHES, ambitionIncludesModerate: true },
    });
    expect(modest!.metrics.ambition_high).toMatchObject({ yes: 5, n: 6 });
    const [transformative] = await summarize(conn, {
      by: [],
      switches: { ...DEFAULT_SWITCHES, ambitionTransformativeOnly: true },
    });
    expect(transformative!.metrics.ambition_high).toMatchObject({ yes: 2, n: 6 });
    const [ogp] = await summarize(conn, {
      by: [],
      switches: { ...DEFAULT_SWITCHES, denominator: 'all' },
    });
    expect(ogp!.metrics.ambition_high).toMatchObject({ yes: 4, n: 7 });
    const [stars2015] = await summarize(conn, {
      by: [],
      switches: { ...DEFAULT_SWITCHES, starRule: '2015' },
    });
    expect(stars2015!.metrics.starred).toMatchObject({ yes: 0, n: 4 });
  });

  it('groups by era and cycle, and filters by bound parameters', async () => {
    const groups = await summarize(conn, {
      by: ['era', 'cycle'],
      switches: DEFAULT_SWITCHES,
      filters: { regions: ['Americas'] },
    });
    expect(groups.map((g) => g.key)).toEqual([
      { era: 'pre2020', cycle: '2015-2017' },
      { era: 'refresh', cycle: '2021-2023' },
    ]);
    const hostile = await summarize(conn, {
      by: [],
      switches: DEFAULT_SWITCHES,
      filters: { members: ["x'); DROP TABLE commitments; --"] },
    });
    expect(hostile[0]?.metrics.verifiable.n ?? 0).toBe(0);
    const [{ n }] = (await conn.query('SELECT count(*)::INTEGER AS n FROM commitments')) as [
      { n: number },
    ];
    expect(n).toBe(7);
  });
});
