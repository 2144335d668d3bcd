/**
 * The query set in DuckDB-WASM (ours): the facts as a DuckDB table built once (not timed), then
 * one statement per panel — every cube set of the panel in one GROUPING SETS pass, the
 * selection a grouped boolean — sent to the worker one after another.
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
  for (let qi = 0; qi < QUERY_SET.length; qi++) {
    const q = QUERY_SET[qi]!;
    const { sql, masks } = panelSql(qi, filters);
    const t = await conn.query(sql);
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
