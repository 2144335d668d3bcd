import { z } from 'zod';
import type { Connector, SqlParam } from '../db/connector';
import type { Switches } from '../metrics';
import { exploreColumn, knownColumns } from './explore-columns';
import { whereClause, type Filters } from './filters';

export interface ExploreSort {
  /** A column id from EXPLORE_COLUMNS; anything else falls back to the default order. */
  id: string;
  desc: boolean;
}

/** What selects and orders the Explore rows: the global filters, the search and the sort. */
export interface ExploreSelection {
  filters: Filters;
  /** Free text; every word must occur in the title, texts or institutions (case and accents ignored). */
  search: string;
  sort: ExploreSort | null;
  switches: Switches;
}

export interface ExplorePage extends ExploreSelection {
  /** Column ids to return (unknown ids are dropped; commitment_id and member_id always come). */
  columns: readonly string[];
  /** 0-based. */
  pageIndex: number;
  pageSize: number;
}

export interface Query {
  sql: string;
  params: SqlParam[];
}

/** Text searched: a missing field is an empty string, so one NULL never hides a row. */
const HAYSTACK = `strip_accents(lower(concat_ws(' ', title, short_title, full_text,
  lead_institutions, supporting_institutions)))`;

/** Search words, at most 8 of at most 100 characters each (a pasted page stays cheap). */
export function searchTerms(search: string): string[] {
  return search
    .split(/\s+/)
    .filter((t) => t !== '')
    .slice(0, 8)
    .map((t) => t.slice(0, 100));
}

/** `FROM … WHERE …` for the selection: filters first, then each search word, all bound. */
export function selectionFrom(sel: ExploreSelection): Query {
  const where = whereClause(sel.filters);
  const terms = searchTerms(sel.search);
  if (terms.length === 0)
    return { sql: `FROM commitments ${where.sql}`.trim(), params: where.params };
  const inner = `SELECT *, ${HAYSTACK} AS _haystack FROM commitments ${where.sql}`.trim();
  const search = terms.map(() => 'contains(_haystack, strip_accents(lower(?)))');
  return {
    sql: `FROM (${inner}) AS c WHERE ${search.join(' AND ')}`,
    params: [...where.params, ...terms],
  };
}

/** ORDER BY from the whitelist, with the identifier as a tie-breaker so pages never overlap. */
export function orderBy(sort: ExploreSort | null, switches: Switches): string {
  const column = sort ? exploreColumn(sort.id) : undefined;
  if (!column || !sort) return 'ORDER BY member, plan_number, commitment_id';
  const expr = (column.sortSql ?? column.sql)(switches);
  return `ORDER BY ${expr} ${sort.desc ? 'DESC' : 'ASC'} NULLS LAST, commitment_id`;
}

function selectList(columns: readonly string[], switches: Switches): string {
  const ids = knownColumns(columns);
  const exprs = ids.map((id) => `${exploreColumn(id)?.sql(switches) ?? 'NULL'} AS "${id}"`);
  if (!ids.includes('member_id')) exprs.push('member_id AS "member_id"');
  return exprs.join(', ');
}

export function exploreCountQuery(sel: ExploreSelection): Query {
  const from = selectionFrom(sel);
  return { sql: `SELECT count(*)::INTEGER AS total ${from.sql}`, params: from.params };
}

export function explorePageQuery(page: ExplorePage): Query {
  const from = selectionFrom(page);
  const size = Math.max(1, Math.min(500, Math.trunc(page.pageSize)));
  const offset = Math.max(0, Math.trunc(page.pageIndex)) * size;
  return {
    sql: `SELECT ${selectList(page.columns, page.switches)} ${from.sql} ${orderBy(page.sort, page.switches)} LIMIT ? OFFSET ?`,
    params: [...from.params, size, offset],
  };
}

/** Every row of the selection in the table's order, for CSV and Parquet exports. */
export function exploreExportQuery(sel: ExploreSelection & { columns: readonly string[] }): Query {
  const from = selectionFrom(sel);
  const ids = knownColumns(sel.columns);
  const exprs = ids.map((id) => `${exploreColumn(id)?.sql(sel.switches) ?? 'NULL'} AS "${id}"`);
  return {
    sql: `SELECT ${exprs.join(', ')} ${from.sql} ${orderBy(sel.sort, sel.switches)}`,
    params: from.params,
  };
}

/** The rows before and after `id` in the selection's order, and its position (1-based). */
export function neighboursQuery(sel: ExploreSelection, id: string): Query {
  const from = selectionFrom(sel);
  const order = orderBy(sel.sort, sel.switches).replace(/^ORDER BY /, '');
  return {
    sql: `SELECT prev_id, next_id, position::INTEGER AS position, total::INTEGER AS total FROM (
  SELECT commitment_id, lag(commitment_id) OVER w AS prev_id, lead(commitment_id) OVER w AS next_id,
         row_number() OVER w AS position, count(*) OVER () AS total
  ${from.sql}
  WINDOW w AS (ORDER BY ${order})
) WHERE commitment_id = ?`,
    params: [...from.params, id],
  };
}

export type ExploreRow = Record<string, string | number | null>;

const rowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
const countSchema = z.object({ total: z.number() });
const neighbourSchema = z.object({
  prev_id: z.string().nullable(),
  next_id: z.string().nullable(),
  position: z.number(),
  total: z.number(),
});
export type Neighbours = z.infer<typeof neighbourSchema>;

export interface ExploreResult {
  rows: ExploreRow[];
  /** Rows in the whole selection, counted by the database. */
  total: number;
}

/** One page and the selection's row count; `knownTotal` skips the count (same selection). */
export async function fetchExplorePage(
  conn: Connector,
  page: ExplorePage,
  knownTotal?: number,
): Promise<ExploreResult> {
  let total = knownTotal;
  if (total === undefined) {
    const count = exploreCountQuery(page);
    total = countSchema.parse((await conn.query(count.sql, count.params))[0]).total;
  }
  const { sql, params } = explorePageQuery(page);
  const rows = (await conn.query(sql, params)).map((r) => rowSchema.parse(r));
  return { rows, total };
}

export async function fetchNeighbours(
  conn: Connector,
  sel: ExploreSelection,
  id: string,
): Promise<Neighbours | null> {
  const { sql, params } = neighboursQuery(sel, id);
  const [row] = await conn.query(sql, params);
  return row ? neighbourSchema.parse(row) : null;
}

/** Column by column, for the exporters (names in SELECT order). */
export async function fetchExploreExport(
  conn: Connector,
  sel: ExploreSelection & { columns: readonly string[] },
) {
  const { sql, params } = exploreExportQuery(sel);
  return conn.queryColumns(sql, params);
}
