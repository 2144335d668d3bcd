/**
 * The query set in DuckDB-WASM (ours): the facts as a DuckDB table built once (not timed), then
 * (duckdbQuerySetOne, what the bench times) one statement for the whole set, or (duckdbQuerySet)
 * one statement per panel — every cube set of the panel in one GROUPING SETS pass, the
 * selection a grouped boolean — all four posted to the worker at once.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromArrays } from 'apache-arrow';
import { strings, type FactsData } from './data';
import { answerKey, column, FILTERS, QUERY_SET, type Answer, type BenchFilters } from './spec';

export async function duckdbTable(conn: AsyncDuckDBConnection, f: FactsData): Promise<void> {
  const cols: Record<string, unknown> = {};
  for (const name of Object.keys(f.int32)) {
    if (name === 'values' || name === 'policyAreas') continue;
    cols[name] = name === 'year' ? f.int32.year : strings(f, name);
  }
  for (const [name, a] of Object.entries(f.uint8)) cols[name] = a;
  await conn.query('DROP TABLE IF EXISTS facts');
  await conn.insertArrowTable(tableFromArrays(cols as Parameters<typeof tableFromArrays>[0]), {
    name: 'facts',
    create: true,
  });
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** SQL for one panel, and which GROUPING() mask is which set. */
export function panelSql(qi: number, filters: BenchFilters) {
  const q = QUERY_SET[qi]!;
  const keyCols = [...new Set(q.sets.flatMap((s) => s.keys.map((k) => column(k, q))))];
  const all = ['sel', ...keyCols];
  const mask = (cols: string[]) =>
    all.reduce((m, c, i) => m | (cols.includes(c) ? 0 : 1 << (all.length - 1 - i)), 0);
  const masks = q.sets.map((s) =>
    mask([...(s.scope === 'selection' ? ['sel'] : []), ...s.keys.map((k) => column(k, q))]),
  );
  const sets = q.sets.map(
    (s) =>
      `(${[...(s.scope === 'selection' ? ['sel'] : []), ...s.keys.map((k) => ident(column(k, q)))].join(', ')})`,
  );
  const aggs = [
    'count(*)::INTEGER AS n',
    ...q.measures.map((m, j) => `count(*) FILTER (WHERE ${ident(`m_${m}`)} = 1)::INTEGER AS y${j}`),
    ...q.measures.map((m, j) => `count(*) FILTER (WHERE ${ident(`m_${m}`)} < 2)::INTEGER AS r${j}`),
  ];
  const sql = `WITH f AS (
  SELECT *, region IN (${filters.regions.map(lit).join(', ')}) AS sel FROM facts
  WHERE year <> 0 AND year >= ${Number(filters.yearFrom)})
SELECT GROUPING(${all.map(ident).join(', ')})::INTEGER AS g, ${keyCols.map(ident).join(', ')}${keyCols.length ? ', ' : ''}${aggs.join(', ')}
FROM f GROUP BY GROUPING SETS (${sets.join(', ')})
HAVING GROUPING(sel) = 1 OR sel`;
  return { sql, masks, keyCols };
}

export async function duckdbQuerySet(
  conn: AsyncDuckDBConnection,
  filters: BenchFilters = FILTERS,
): Promise<Answer> {
  const out: Answer = new Map();
  // Batched: every panel's statement is posted at once, so the worker round trips overlap.
  const sqls = QUERY_SET.map((_, qi) => panelSql(qi, filters));
  const tables = await Promise.all(sqls.map((p) => conn.query(p.sql)));
  for (let qi = 0; qi < QUERY_SET.length; qi++) {
    const q = QUERY_SET[qi]!;
    const { masks } = sqls[qi]!;
    const t = tables[qi]!;
    const g = t.getChild('g')!.toArray() as Int32Array;
    const counts = [
      'n',
      ...q.measures.map((_, j) => `y${j}`),
      ...q.measures.map((_, j) => `r${j}`),
    ].map((c) => t.getChild(c)!.toArray() as Int32Array);
    const setOf = new Map(masks.map((m, i) => [m, i]));
    const keyArrays = new Map<string, ArrayLike<unknown>>();
    const keyArray = (c: string) => {
      let a = keyArrays.get(c);
      if (!a) keyArrays.set(c, (a = t.getChild(c)!.toArray() as ArrayLike<unknown>));
      return a;
    };
    for (let r = 0; r < t.numRows; r++) {
      const si = setOf.get(g[r]!);
      if (si === undefined) throw new Error(`DuckDB: unexpected grouping mask ${g[r]}`);
      const set = q.sets[si]!;
      out.set(
        answerKey(
          qi,
          si,
          set.keys,
          set.keys.map((k) => keyArray(column(k, q))[r] ?? null),
        ),
        counts.map((c) => c[r]!),
      );
    }
  }
  return out;
}

/**
 * The whole query set as one statement: the union of every panel's cube sets in one GROUPING
 * SETS pass over the filtered facts, every measure any panel needs as a column; each result row
 * is handed to every (panel, set) with its grouping. One scan, one round trip.
 */
export function querySetSql(filters: BenchFilters) {
  const keyCols = [
    ...new Set(QUERY_SET.flatMap((q) => q.sets.flatMap((s) => s.keys.map((k) => column(k, q))))),
  ];
  const measures = [...new Set(QUERY_SET.flatMap((q) => q.measures))];
  const all = ['sel', ...keyCols];
  const cols = (q: (typeof QUERY_SET)[number], s: (typeof QUERY_SET)[number]['sets'][number]) => [
    ...(s.scope === 'selection' ? ['sel'] : []),
    ...s.keys.map((k) => column(k, q)),
  ];
  const mask = (c: string[]) =>
    all.reduce((m, x, i) => m | (c.includes(x) ? 0 : 1 << (all.length - 1 - i)), 0);
  /** grouping mask → the (panel, set) pairs it answers. */
  const owners = new Map<number, [number, number][]>();
  const sets = new Map<number, string>();
  QUERY_SET.forEach((q, qi) =>
    q.sets.forEach((s, si) => {
      const c = cols(q, s);
      const m = mask(c);
      owners.set(m, [...(owners.get(m) ?? []), [qi, si]]);
      sets.set(m, `(${c.map(ident).join(', ')})`);
    }),
  );
  const aggs = [
    'count(*)::INTEGER AS n',
    ...measures.map((m, j) => `count(*) FILTER (WHERE ${ident(`m_${m}`)} = 1)::INTEGER AS y${j}`),
    ...measures.map((m, j) => `count(*) FILTER (WHERE ${ident(`m_${m}`)} < 2)::INTEGER AS r${j}`),
  ];
  const sql = `WITH f AS (
  SELECT *, region IN (${filters.regions.map(lit).join(', ')}) AS sel FROM facts
  WHERE year <> 0 AND year >= ${Number(filters.yearFrom)})
SELECT GROUPING(${all.map(ident).join(', ')})::INTEGER AS g, ${keyCols.map(ident).join(', ')}, ${aggs.join(', ')}
FROM f GROUP BY GROUPING SETS (${[...sets.values()].join(', ')})
HAVING GROUPING(sel) = 1 OR sel`;
  return { sql, owners, measures };
}

export async function duckdbQuerySetOne(
  conn: AsyncDuckDBConnection,
  filters: BenchFilters = FILTERS,
): Promise<Answer> {
  const out: Answer = new Map();
  const { sql, owners, measures } = querySetSql(filters);
  const t = await conn.query(sql);
  const col = (c: string) => t.getChild(c)!.toArray() as ArrayLike<unknown>;
  const g = col('g') as Int32Array;
  const n = col('n') as Int32Array;
  const y = measures.map((_, j) => col(`y${j}`) as Int32Array);
  const r = measures.map((_, j) => col(`r${j}`) as Int32Array);
  const keyArrays = new Map<string, ArrayLike<unknown>>();
  const keyArray = (c: string) => {
    let a = keyArrays.get(c);
    if (!a) keyArrays.set(c, (a = col(c)));
    return a;
  };
  for (let row = 0; row < t.numRows; row++) {
    for (const [qi, si] of owners.get(g[row]!) ?? []) {
      const q = QUERY_SET[qi]!;
      const set = q.sets[si]!;
      const idx = q.measures.map((m) => measures.indexOf(m));
      out.set(
        answerKey(
          qi,
          si,
          set.keys,
          set.keys.map((k) => keyArray(column(k, q))[row] ?? null),
        ),
        [n[row]!, ...idx.map((j) => y[j]![row]!), ...idx.map((j) => r[j]![row]!)],
      );
    }
  }
  return out;
}
