import { describe, expect, it } from 'vitest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import {
  exploreCountQuery,
  exploreExportQuery,
  explorePageQuery,
  neighboursQuery,
  orderBy,
  searchTerms,
  type ExploreSelection,
} from '../../src/queries/explore';
import {
  DEFAULT_EXPLORE_COLUMNS,
  EXPLORE_COLUMNS,
  knownColumns,
} from '../../src/queries/explore-columns';
import {
  exploreParamsOnly,
  parseExploreParams,
  writeExploreParams,
} from '../../src/views/explore/explore-params';
import { cellText, harmonisedText } from '../../src/views/explore/cell-text';

const base: ExploreSelection = { filters: {}, search: '', sort: null, switches: DEFAULT_SWITCHES };

describe('Explore query builders', () => {
  it('binds every search word and every filter value; none reaches the SQL text', () => {
    const evil = "x'); DROP TABLE commitments; --";
    const q = explorePageQuery({
      ...base,
      filters: { regions: [evil] },
      search: `participacion ${evil}`,
      columns: DEFAULT_EXPLORE_COLUMNS,
      pageIndex: 2,
      pageSize: 50,
    });
    expect(q.sql).not.toContain('DROP');
    expect(q.params).toEqual([
      evil,
      'participacion',
      "x');",
      'DROP',
      'TABLE',
      'commitments;',
      '--',
      50,
      100,
    ]);
    expect(q.sql).toContain('contains(_haystack, strip_accents(lower(?)))');
    expect(q.sql).toMatch(/LIMIT \? OFFSET \?$/);
  });

  it('splits search into at most 8 words of at most 100 characters', () => {
    expect(searchTerms('  a  b\tc\n')).toEqual(['a', 'b', 'c']);
    expect(searchTerms('w '.repeat(20))).toHaveLength(8);
    expect(searchTerms('x'.repeat(300))[0]).toHaveLength(100);
    expect(searchTerms('')).toEqual([]);
  });

  it('computes the haystack only when there is a search', () => {
    expect(exploreCountQuery(base).sql).not.toContain('_haystack');
    expect(exploreCountQuery({ ...base, search: 'a' }).sql).toContain('_haystack');
  });

  it('sorts only by whitelisted columns, with the identifier as a tie-breaker', () => {
    expect(orderBy({ id: 'title', desc: true }, DEFAULT_SWITCHES)).toBe(
      'ORDER BY lower(strip_accents(title)) DESC NULLS LAST, commitment_id',
    );
    expect(orderBy({ id: 'title; DROP TABLE x', desc: false }, DEFAULT_SWITCHES)).toBe(
      'ORDER BY member, plan_number, commitment_id',
    );
    expect(orderBy(null, DEFAULT_SWITCHES)).toBe('ORDER BY member, plan_number, commitment_id');
  });

  it('harmonised columns follow the switches', () => {
    const star = (starRule: 'current' | '2015') =>
      exploreExportQuery({
        ...base,
        switches: { ...DEFAULT_SWITCHES, starRule },
        columns: ['starred'],
      }).sql;
    expect(star('current')).toContain('h_starred AS "starred"');
    expect(star('2015')).toContain('h_starred_2015 AS "starred"');
  });

  it('drops unknown column ids and always keeps the identifier first', () => {
    expect(knownColumns(['title', 'nope', '"; DROP'])).toEqual(['commitment_id', 'title']);
    const q = explorePageQuery({ ...base, columns: ['title'], pageIndex: 0, pageSize: 25 });
    expect(q.sql).toMatch(/^SELECT commitment_id AS "commitment_id", title AS "title", member_id/);
  });

  it('clamps page size and index', () => {
    const q = explorePageQuery({ ...base, columns: [], pageIndex: -3, pageSize: 10_000 });
    expect(q.params.slice(-2)).toEqual([500, 0]);
  });

  it('finds neighbours with the same order as the table', () => {
    const q = neighboursQuery({ ...base, sort: { id: 'cycle', desc: false } }, 'CO0111');
    expect(q.sql).toContain('WINDOW w AS (ORDER BY cycle ASC NULLS LAST, commitment_id)');
    expect(q.params).toEqual(['CO0111']);
  });

  it('every column id is unique and safe to quote', () => {
    const ids = EXPLORE_COLUMNS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/);
  });
});

describe('Explore URL parameters', () => {
  it('reads defaults from an empty URL and writes nothing back', () => {
    const p = parseExploreParams({});
    expect(p).toEqual({
      search: '',
      sort: null,
      pageIndex: 0,
      pageSize: 50,
      columns: DEFAULT_EXPLORE_COLUMNS,
    });
    expect(Object.values(writeExploreParams(p)).every((v) => v === '')).toBe(true);
  });

  it('round-trips search, sort, page, size and columns', () => {
    const params = {
      q: 'participación',
      sort: 'title',
      dir: 'desc',
      page: '3',
      size: '100',
      cols: 'commitment_id,title',
    };
    const p = parseExploreParams(params);
    expect(p).toEqual({
      search: 'participación',
      sort: { id: 'title', desc: true },
      pageIndex: 2,
      pageSize: 100,
      columns: ['commitment_id', 'title'],
    });
    expect(writeExploreParams(p)).toEqual(params);
  });

  it('falls back on unknown sort columns, bad pages and sizes', () => {
    const p = parseExploreParams({ sort: 'nope', page: '-1', size: '7', cols: 'nope' });
    expect(p.sort).toBeNull();
    expect(p.pageIndex).toBe(0);
    expect(p.pageSize).toBe(50);
    expect(p.columns).toEqual(['commitment_id']);
  });

  it('keeps only Explore keys when carrying the selection to a commitment page', () => {
    expect(exploreParamsOnly({ q: 'a', metric: 'x', page: '2' })).toEqual({ q: 'a', page: '2' });
  });
});

describe('Explore cells', () => {
  it('shows harmonised codes as words and states in short', () => {
    expect(cellText({ group: 'harmonised' }, 'yes')).toEqual({ text: 'Yes', muted: false });
    expect(cellText({ group: 'harmonised' }, 'pending_irm')).toEqual({
      text: 'pending',
      title: 'Pending IRM review',
      muted: true,
    });
    expect(cellText({ group: 'text' }, null)).toEqual({ text: '—', muted: true });
    expect(cellText({ group: 'text' }, 'no_data')).toEqual({ text: 'no_data', muted: false });
    expect(harmonisedText('not_applicable')).toBe('Not applicable');
  });
});
