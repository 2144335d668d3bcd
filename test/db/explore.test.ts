import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector';
import { loadDataset } from '../../src/ingest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import {
  exploreExportQuery,
  fetchExploreExport,
  fetchExplorePage,
  fetchNeighbours,
  type ExplorePage,
} from '../../src/queries/explore';
import { EXPLORE_COLUMNS } from '../../src/queries/explore-columns';
import { testConnector } from '../helpers/db';
import { exportCsv, PRE2020, REFRESH } from '../helpers/export-csv';

let conn: Connector;

const TITLES = [
  'Participación ciudadana en salud',
  'PARTICIPACIÓN EN EL PRESUPUESTO',
  'Participation citoyenne',
  'Datos abiertos',
  'Open contracting',
  'Éducation ouverte',
  'Budget transparency',
];

// 25 Colombian commitments (7 distinct titles, cycled) plus 5 French ones: enough for 3 pages of 10.
beforeAll(async () => {
  conn = await testConnector();
  const col = { 'Country/Locality': 'Colombia', Code: 'COL', Region: 'Americas' };
  const fra = { 'Country/Locality': 'France', Code: 'FRA', Region: 'Europe' };
  const rows = [
    ...Array.from({ length: 25 }, (_, i) => ({
      ...col,
      ...(i % 2 === 0 ? PRE2020 : REFRESH),
      'Commitment Unique Identifier': `CO${String(i + 1).padStart(4, '0')}`,
      'Commitment Title': TITLES[i % TITLES.length],
    })),
    ...Array.from({ length: 5 }, (_, i) => ({
      ...fra,
      ...PRE2020,
      'Commitment Unique Identifier': `FR${String(i + 1).padStart(4, '0')}`,
      'Commitment Title': `Gouvernement ouvert ${i + 1}`,
    })),
  ];
  await loadDataset(
    conn,
    { commitments: [exportCsv(rows)] },
    { id: 't', name: 't', simulated: false, asOf: '2026-11-23' },
  );
});

const page = (over: Partial<ExplorePage> = {}): ExplorePage => ({
  filters: {},
  search: '',
  sort: null,
  switches: DEFAULT_SWITCHES,
  columns: ['title', 'member', 'cycle', 'starred'],
  pageIndex: 0,
  pageSize: 10,
  ...over,
});

describe('Explore queries against real DuckDB', () => {
  it('pages: the database counts every row, pages do not overlap', async () => {
    const seen = new Set<unknown>();
    for (const pageIndex of [0, 1, 2]) {
      const r = await fetchExplorePage(conn, page({ pageIndex }));
      expect(r.total).toBe(30);
      expect(r.rows).toHaveLength(10);
      for (const row of r.rows) seen.add(row.commitment_id);
    }
    expect(seen.size).toBe(30);
  });

  it('a page past the end is empty but still knows the total', async () => {
    const r = await fetchExplorePage(conn, page({ pageIndex: 3 }));
    expect(r).toEqual({ rows: [], total: 30 });
  });

  it('search ignores case and accents, both ways', async () => {
    const ids = async (search: string) =>
      (await fetchExplorePage(conn, page({ search, pageSize: 100 }))).rows.map((r) => r.title);
    const plain = await ids('participacion');
    expect(plain).toContain('Participación ciudadana en salud');
    expect(plain).toContain('PARTICIPACIÓN EN EL PRESUPUESTO');
    expect(plain).not.toContain('Participation citoyenne');
    expect(await ids('PARTICIPACIÓN')).toEqual(plain);
    expect(await ids('education')).toEqual(expect.arrayContaining(['Éducation ouverte']));
    expect((await ids('participacion presupuesto')).every((t) => t === TITLES[1])).toBe(true);
  });

  it('an empty result has no rows and a total of 0', async () => {
    const r = await fetchExplorePage(conn, page({ search: 'zzz-nothing' }));
    expect(r).toEqual({ rows: [], total: 0 });
  });

  it('treats LIKE wildcards and quotes in the search as text', async () => {
    for (const search of ['%', '_', "'", '\\'])
      expect((await fetchExplorePage(conn, page({ search }))).total).toBe(0);
  });

  it('sorts by a whitelisted column in both directions', async () => {
    const titles = async (desc: boolean) =>
      (await fetchExplorePage(conn, page({ sort: { id: 'title', desc }, pageSize: 100 }))).rows.map(
        (r) => String(r.title),
      );
    const asc = await titles(false);
    expect(asc[0]).toBe('Budget transparency');
    expect(asc.at(-1)).toBe('Participation citoyenne');
    const unique = (xs: string[]) => [...new Set(xs)];
    expect(unique(await titles(true))).toEqual(unique(asc).reverse());
  });

  it('applies the global filters together with the search', async () => {
    const r = await fetchExplorePage(
      conn,
      page({ filters: { regions: ['Europe'] }, search: 'ouvert' }),
    );
    expect(r.total).toBe(5);
    const none = await fetchExplorePage(
      conn,
      page({ filters: { eras: ['refresh'] }, search: 'gouvernement' }),
    );
    expect(none.total).toBe(0);
  });

  it('finds previous and next within the selection, in the table order', async () => {
    const sel = {
      filters: {},
      search: 'ouvert',
      sort: { id: 'commitment_id', desc: false },
      switches: DEFAULT_SWITCHES,
    };
    const first = await fetchNeighbours(conn, { ...sel, search: 'gouvernement' }, 'FR0001');
    expect(first).toEqual({ prev_id: null, next_id: 'FR0002', position: 1, total: 5 });
    const last = await fetchNeighbours(conn, { ...sel, search: 'gouvernement' }, 'FR0005');
    expect(last).toEqual({ prev_id: 'FR0004', next_id: null, position: 5, total: 5 });
    expect(await fetchNeighbours(conn, { ...sel, search: 'gouvernement' }, 'CO0001')).toBeNull();
  });

  it('exports every row of the selection with every whitelisted column', async () => {
    const all = EXPLORE_COLUMNS.map((c) => c.id);
    const t = await fetchExploreExport(conn, { ...page(), columns: all, search: 'participacion' });
    expect(t.names).toEqual(all);
    expect(t.columns[0]).toHaveLength(8);
    // Every whitelisted expression is valid SQL against the real table.
    await conn.query(`EXPLAIN ${exploreExportQuery({ ...page(), columns: all }).sql}`);
  });
});
