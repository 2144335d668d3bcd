/** The pure shaping between query results and option builders: rows, sorting, era split/pool. */
import { describe, expect, it } from 'vitest';
import { metricValue as v } from '../../src/metrics';
import type { HeatmapData } from '../../src/queries/compare';
import type { DistRow } from '../../src/queries/distribution';
import type { QuadrantData } from '../../src/queries/quadrant';
import type { TrendsData } from '../../src/queries/trends';
import { distModel } from '../../src/views/compare/distribution-model';
import { heatModel } from '../../src/views/compare/heatmap-model';
import { pipelinePanels } from '../../src/views/compare/PipelinePanel';
import { quadModel } from '../../src/views/compare/quadrant-model';
import { trendsModel } from '../../src/views/trends/trends-model';

const heat: HeatmapData = {
  measure: 'verifiable',
  members: [
    {
      member: 'Zambia',
      region: 'Africa',
      total: v(9, 10),
      byEra: { pre2020: v(9, 10) },
      byYear: { '2016': { cycle: '2016-2018', value: v(9, 10) } },
    },
    {
      member: 'Austria',
      region: 'Europe',
      total: v(1, 10),
      byEra: { refresh: v(1, 10) },
      byYear: { '2022': { cycle: '2022-2024', value: v(1, 10) } },
    },
    {
      member: 'Chile',
      region: 'Americas',
      total: v(0, 0),
      byEra: { refresh: v(0, 0) },
      byYear: { '2024': { cycle: '2024-2026', value: v(0, 0) } },
    },
  ],
  regions: [
    { region: 'Africa', total: v(5, 10), byEra: {}, byYear: { '2016': v(5, 10) } },
    { region: 'Asia', total: v(5, 10), byEra: {}, byYear: {} },
  ],
  global: {
    region: null,
    total: v(50, 100),
    byEra: { pre2020: v(30, 50), refresh: v(20, 50) },
    byYear: {},
  },
};

describe('heatModel', () => {
  it('sorts members by value (nothing rated last), name or region; references first', () => {
    const rows = (sort: 'value' | 'name' | 'region') =>
      heatModel(heat, { sort, eras: 'pooled' }).rows.map((r) => r.label);
    expect(rows('value')).toEqual(['All members', 'Africa (region)', 'Zambia', 'Austria', 'Chile']);
    expect(rows('name').slice(2)).toEqual(['Austria', 'Chile', 'Zambia']);
    expect(rows('region').slice(2)).toEqual(['Zambia', 'Chile', 'Austria']);
  });

  it('split eras give one summary column per era, pooled one; years come from the members', () => {
    expect(heatModel(heat, { sort: 'name', eras: 'split' }).columns.map((c) => c.key)).toEqual([
      '2016',
      '2022',
      '2024',
      'pre2020',
      'refresh',
    ]);
    expect(heatModel(heat, { sort: 'name', eras: 'pooled' }).columns.map((c) => c.key)).toEqual([
      '2016',
      '2022',
      '2024',
      'all',
    ]);
  });

  it('the table has the same numbers as the cells, with references in the tooltip', () => {
    const m = heatModel(heat, { sort: 'name', eras: 'pooled' });
    const zambia = m.table.find((r) => r.key === 'member:Zambia|2016');
    expect(zambia).toMatchObject({
      cells: ['Zambia', 'Africa', 'plans starting 2016', '2016-2018'],
      yes: 9,
      n: 10,
    });
    const cell = m.rows.find((r) => r.label === 'Zambia')?.cells['2016'];
    expect(cell?.references).toEqual([
      { label: 'Africa, plans starting 2016', value: v(5, 10) },
      { label: 'All members, plans starting 2016', value: undefined },
    ]);
  });
});

describe('distModel', () => {
  const rows: DistRow[] = [
    {
      kind: 'global',
      member: null,
      region: null,
      era: null,
      counts: { 'completion:complete': 2, 'state:pending_irm': 2 },
    },
    {
      kind: 'member',
      member: 'A',
      region: 'Europe',
      era: null,
      counts: { 'completion:complete': 2, 'state:pending_irm': 1, weird: 1 },
    },
    {
      kind: 'member',
      member: 'A',
      region: 'Europe',
      era: 'refresh',
      counts: { 'completion:complete': 2, 'state:pending_irm': 1 },
    },
  ];
  it('keeps the states as their own segments, folding unknown levels into missing', () => {
    const m = distModel(rows, 'completion', { sort: 'value', eras: 'pooled', hideStates: false });
    expect(m.levels.map((l) => l.label)).toEqual(['Complete', 'Pending IRM review', 'Missing']);
    expect(m.bars.map((b) => b.label)).toEqual(['All members', 'A']);
    expect(m.table.find((r) => r.key === 'member|A|all|completion:complete')).toMatchObject({
      yes: 2,
      n: 4,
      share: 0.5,
    });
  });

  it('hidden states: shares of rated commitments only; split eras label each bar', () => {
    const m = distModel(rows, 'completion', { sort: 'value', eras: 'split', hideStates: true });
    expect(m.levels.map((l) => l.label)).toEqual(['Complete']);
    expect(m.bars.map((b) => b.label)).toEqual(['A · Refresh']);
    expect(m.table).toEqual([expect.objectContaining({ yes: 2, n: 2, share: 1, small: true })]);
  });
});

describe('quadModel, pipelinePanels, trendsModel', () => {
  it('quadrant: one panel per era with points, averages and a count of unplaced units', () => {
    const data: QuadrantData = {
      points: [
        {
          key: 'A|pre2020',
          member: 'A',
          region: 'Europe',
          cycle: null,
          era: 'pre2020',
          commitments: 4,
          design: v(1, 4),
          implementation: v(2, 4),
        },
        {
          key: 'B|pre2020',
          member: 'B',
          region: 'Europe',
          cycle: null,
          era: 'pre2020',
          commitments: 4,
          design: v(1, 4),
          implementation: v(0, 0),
        },
      ],
      references: [{ region: null, era: 'pre2020', design: v(5, 10), implementation: v(5, 10) }],
    };
    const m = quadModel(data, { eras: 'split', unit: 'member' });
    expect(m.panels.map((p) => [p.title, p.points.length, p.average?.label])).toEqual([
      ['pre-2020 IRM methodology', 2, 'All members'],
    ]);
    expect(m.unplaced).toBe(1);
    expect(m.table).toHaveLength(6);
  });

  it('pipeline: pooled or one panel per era with commitments', () => {
    const steps = [v(1, 2)];
    const data = {
      steps: [{ id: 'verifiable' as const, label: 'Verifiable' }],
      selection: [
        { era: null, commitments: 3, steps },
        { era: 'pre2020' as const, commitments: 3, steps },
        { era: 'refresh' as const, commitments: 0, steps },
      ],
      global: [{ era: null, commitments: 9, steps: [v(3, 6)] }],
    };
    expect(pipelinePanels(data, 'split').map((p) => p.key)).toEqual(['pre2020']);
    expect(pipelinePanels(data, 'pooled')[0]?.reference).toEqual([v(3, 6)]);
  });

  it('trends: members, their regions and all members; split eras are separate pieces', () => {
    const p = (year: number, era: 'pre2020' | 'refresh' | null, yes: number, n: number) => ({
      year,
      era,
      cycle: null,
      value: v(yes, n),
    });
    const data: TrendsData = {
      measure: 'verifiable',
      lines: [
        {
          kind: 'member',
          name: 'A',
          region: 'Europe',
          points: [
            p(2016, null, 1, 2),
            p(2016, 'pre2020', 1, 2),
            p(2021, 'refresh', 2, 2),
            p(2021, null, 2, 2),
          ],
        },
        { kind: 'region', name: 'Europe', region: 'Europe', points: [p(2016, null, 1, 2)] },
        { kind: 'region', name: 'Asia', region: 'Asia', points: [p(2016, null, 1, 2)] },
        {
          kind: 'global',
          name: 'All members',
          region: null,
          points: [p(2016, null, 1, 2), p(2025, null, 0, 0)],
        },
      ],
    };
    const split = trendsModel(data, 'split');
    expect(split.series.map((s) => [s.name, s.segments.length])).toEqual([
      ['A', 2],
      ['Europe (region)', 0],
      ['All members', 0],
    ]);
    const pooled = trendsModel(data, 'pooled');
    expect(pooled.series.map((s) => s.segments[0]?.length)).toEqual([2, 1, 2]);
    expect(pooled.unrated).toEqual([2025]);
    expect(pooled.table.map((r) => r.cells[2])).toContain('both pooled');
  });
});
