/**
 * The Compare and Trends queries against real DuckDB-WASM, on a hand-computed fixture (the one
 * summarize.test.ts uses): Colombia has 3 pre-2020 rows (Moderate, Transformative, Minor impact)
 * and 2 refresh rows (Substantial, Modest); France has 1 pending row and 1 rated pre-2020 row.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { loadDataset } from '../../src/ingest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { summarize } from '../../src/queries';
import { heatmapData } from '../../src/queries/compare';
import { distributionData } from '../../src/queries/distribution';
import { filterOptions } from '../../src/queries/filter-options';
import { factCube } from '../../src/queries/metric-cube';
import { factsQuery, loadFacts, type Facts } from '../../src/queries/facts';
import { pipelineData } from '../../src/queries/pipeline';
import { quadrantData } from '../../src/queries/quadrant';
import { trendsData } from '../../src/queries/trends';
import { testConnector } from '../helpers/db';
import { exportCsv, PRE2020, REFRESH } from '../helpers/export-csv';

let conn: Connector;
let facts: Facts;
const q = { filters: {} };
const yn = (v: { yes: number; n: number } | undefined) => (v ? [v.yes, v.n] : null);

beforeAll(async () => {
  conn = await testConnector();
  const col = { 'Country/Locality': 'Colombia', Code: 'COL', Region: 'Americas' };
  const fra = {
    'Country/Locality': 'France',
    Code: 'FRA',
    Region: 'Europe',
    'Action Plan ID': 'AP_FRA01',
  };
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
          {
            ...col,
            ...REFRESH,
            'Commitment Unique Identifier': 'CO0100',
            'Action Plan ID': 'AP_COL02',
          },
          {
            ...col,
            ...REFRESH,
            'Commitment Unique Identifier': 'CO0101',
            'Action Plan ID': 'AP_COL02',
            'Potential for Results': 'Modest',
            'Completion (End Of Term)': 'ND',
          },
          {
            ...fra,
            'Commitment Unique Identifier': 'FR0001',
            'Year Of Submission': '2026',
            'Action Plan End Year': '2028',
            'Action Plan ID': 'AP_FRA02',
          },
          { ...fra, ...PRE2020, 'Commitment Unique Identifier': 'FR0002' },
        ]),
      ],
    },
    { id: 't', name: 't', simulated: false, asOf: '2026-11-23' },
  );
  facts = await loadFacts(conn, DEFAULT_SWITCHES);
});

describe('facts and cube', () => {
  it('the facts query holds no user value at all: filters apply to its rows in JS', () => {
    const sql = factsQuery(DEFAULT_SWITCHES);
    expect(sql).not.toContain('?');
    expect(sql).toMatch(/^SELECT [\s\S]+\nFROM commitments$/);
    expect(facts.size).toBe(7);
  });

  it('a hostile value simply matches nothing', () => {
    const rows = factCube(facts, {
      measures: ['verifiable'],
      sets: [{ scope: 'selection', keys: [] }],
      filters: { members: ["x'); DROP TABLE commitments; --"] },
    });
    expect(rows).toHaveLength(1);
    expect(yn(rows[0]?.values.verifiable)).toEqual([0, 0]);
  });

  it('filters match summarize() (whereClause in SQL) on every kind of filter', async () => {
    const cases = [
      {},
      { regions: ['Europe'] },
      { kinds: ['national'], eras: ['refresh'] },
      { members: ['Colombia', 'Nowhere'], cycles: ['2015-2017'] },
      { values: ['access_to_information'] },
      { policyAreas: ['No such area'] },
      { yearFrom: 2016 },
      { yearTo: 2021, yearFrom: 2021 },
    ];
    for (const filters of cases) {
      const [sql] = await summarize(conn, { by: [], switches: DEFAULT_SWITCHES, filters });
      const [js] = factCube(facts, {
        measures: ['verifiable', 'high_completion'],
        sets: [{ scope: 'selection', keys: [] }],
        filters,
      });
      expect(
        [yn(js?.values.verifiable), yn(js?.values.high_completion)],
        JSON.stringify(filters),
      ).toEqual([yn(sql?.metrics.verifiable), yn(sql?.metrics.high_completion)]);
    }
  });

  it('composites are three-valued ANDs: a "no" anywhere is a no, pending is left out', () => {
    const [all] = factCube(facts, {
      measures: ['design', 'design_completed', 'design_completed_results'],
      sets: [{ scope: 'selection', keys: [] }],
      ...q,
    });
    // design: CO0001, CO0002, CO0100, FR0002 yes; CO0003 (no, no), CO0101 (yes, no) no; FR0001 pending.
    expect(yn(all?.values.design)).toEqual([4, 6]);
    // + high completion: CO0002 Limited → no; CO0101 fails ambition already (no, not unknown).
    expect(yn(all?.values.design_completed)).toEqual([3, 6]);
    expect(yn(all?.values.design_completed_results)).toEqual([3, 6]);
  });
});

describe('heatmap', () => {
  it('member × cycle cells equal summarize() for the same filter', async () => {
    const filters = { members: ['Colombia'] };
    const data = heatmapData(facts, { filters, measure: 'verifiable' });
    const groups = await summarize(conn, {
      by: ['member', 'cycle'],
      switches: DEFAULT_SWITCHES,
      filters,
    });
    expect(data.members.map((m) => m.member)).toEqual(['Colombia']);
    const cells = Object.values(data.members[0]!.byYear).map((c) => [
      c.cycle,
      c.value.yes,
      c.value.n,
    ]);
    expect(cells).toEqual(
      groups.map((g) => [g.key.cycle, g.metrics.verifiable.yes, g.metrics.verifiable.n]),
    );
    expect(cells).toEqual([
      ['2015-2017', 2, 3],
      ['2021-2023', 2, 2],
    ]);
    expect(yn(data.members[0]!.byEra.pre2020)).toEqual([2, 3]);
    expect(yn(data.members[0]!.total)).toEqual([4, 5]);
  });

  it('reference rows keep the other filters but drop the member and region selection', async () => {
    const data = heatmapData(facts, {
      filters: { members: ['Colombia'], regions: ['Americas'] },
      measure: 'verifiable',
    });
    expect(yn(data.global.total)).toEqual([5, 6]);
    expect(yn(data.global.byYear['2015'])).toEqual([3, 4]);
    expect(yn(data.global.byYear['2026'])).toEqual([0, 0]); // FR0001: pending IRM review
    expect(data.regions.map((r) => [r.region, ...(yn(r.total) ?? [])])).toEqual([
      ['Americas', 4, 5],
      ['Europe', 1, 1],
    ]);
    const era = heatmapData(facts, { filters: { eras: ['refresh'] }, measure: 'verifiable' });
    expect(yn(era.global.total)).toEqual([2, 2]);
  });

  it('follows the switches (denominator: all commitments)', async () => {
    const all = await loadFacts(conn, { ...DEFAULT_SWITCHES, denominator: 'all' });
    const data = heatmapData(all, { filters: {}, measure: 'high_completion' });
    expect(yn(data.global.total)).toEqual([4, 7]);
  });
});

describe('pipeline, quadrant, trends, distribution, filter options', () => {
  it('pipeline: counts at each step, pooled and per era, with the global reference', async () => {
    const p = pipelineData(facts, { filters: { members: ['Colombia'] } });
    const col = (era: string | null, cols = p.selection) =>
      cols.find((c) => c.era === era)?.steps.map((s) => [s.yes, s.n]);
    expect(col(null)).toEqual([
      [4, 5],
      [3, 5],
      [2, 5],
      [2, 5],
    ]);
    expect(col('pre2020')).toEqual([
      [2, 3],
      [2, 3],
      [1, 3],
      [1, 3],
    ]);
    expect(col('refresh')).toEqual([
      [2, 2],
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(col(null, p.global)).toEqual([
      [5, 6],
      [4, 6],
      [3, 6],
      [3, 6],
    ]);
  });

  it('quadrant: design and implementation per member and per plan', async () => {
    const d = quadrantData(facts, { ...q, unit: 'member' });
    const colombia = d.points.find((x) => x.member === 'Colombia' && x.era === null);
    expect([yn(colombia?.design), yn(colombia?.implementation), colombia?.commitments]).toEqual([
      [3, 5],
      [3, 4],
      5,
    ]);
    const avg = d.references.find((r) => r.region === null && r.era === null);
    expect([yn(avg?.design), yn(avg?.implementation)]).toEqual([
      [4, 6],
      [4, 5],
    ]);
    const plans = quadrantData(facts, { ...q, unit: 'plan' });
    expect(
      plans.points.filter((x) => x.era === null).map((x) => [x.key, x.cycle, x.commitments]),
    ).toEqual(
      expect.arrayContaining([
        ['AP_COL01|all', '2015-2017', 3],
        ['AP_COL02|all', '2021-2023', 2],
      ]),
    );
  });

  it('trends: member lines only for chosen members, with region and global lines', async () => {
    const none = trendsData(facts, { ...q, measure: 'verifiable' });
    expect(none.lines.map((l) => l.kind)).not.toContain('member');
    const t = trendsData(facts, { measure: 'verifiable', filters: { members: ['Colombia'] } });
    const member = t.lines.find((l) => l.kind === 'member');
    expect(
      member?.points
        .filter((x) => x.era === null)
        .map((x) => [x.year, x.cycle, x.value.yes, x.value.n]),
    ).toEqual([
      [2015, '2015-2017', 2, 3],
      [2021, '2021-2023', 2, 2],
    ]);
    const global = t.lines.find((l) => l.kind === 'global');
    expect(
      global?.points.filter((x) => x.era === null).map((x) => [x.year, x.value.yes, x.value.n]),
    ).toEqual([
      [2015, 3, 4],
      [2021, 2, 2],
      [2026, 0, 0],
    ]);
  });

  it('distribution: native levels, scales never merged, states kept apart', async () => {
    const rows = distributionData(facts, { ...q, field: 'design' });
    const global = rows.find((r) => r.kind === 'global' && r.era === null);
    expect(global?.counts).toEqual({
      'potential_impact:moderate': 2,
      'potential_impact:transformative': 1,
      'potential_impact:minor': 1,
      'potential_results:substantial': 1,
      'potential_results:modest': 1,
      'state:pending_irm': 1,
    });
    const completion = distributionData(facts, { ...q, field: 'completion' });
    const fr = completion.find((r) => r.member === 'France' && r.era === null);
    expect(fr?.counts).toEqual({ 'completion:substantial': 1, 'state:pending_irm': 1 });
  });

  it('filter options: every value with its count', async () => {
    const o = await filterOptions(conn);
    expect(o.regions).toEqual([
      { value: 'Americas', count: 5, detail: null },
      { value: 'Europe', count: 2, detail: null },
    ]);
    expect(o.members.map((m) => [m.value, m.count, m.detail])).toEqual([
      ['Colombia', 5, 'Americas'],
      ['France', 2, 'Europe'],
    ]);
    expect(o.years).toEqual([2015, 2021, 2026]);
    expect(o.eras.map((e) => [e.value, e.count])).toEqual([
      ['pre2020', 4],
      ['refresh', 3],
    ]);
    expect(o.values.map((v) => v.value)).toContain('access_to_information');
  });
});
