import { z } from 'zod';
import {
  DEFAULT_EXPLORE_COLUMNS,
  exploreColumn,
  knownColumns,
} from '../../queries/explore-columns';
import type { ExploreSort } from '../../queries/explore';

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_SIZE = 50;

/** Explore's own URL parameters, already validated: anything unreadable falls back. */
export interface ExploreParams {
  search: string;
  sort: ExploreSort | null;
  pageIndex: number;
  pageSize: number;
  columns: string[];
}

const page = z.coerce.number().int().min(1).max(1_000_000);
const size = z.coerce
  .number()
  .int()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n));

/** `q` search, `sort` + `dir`, `page` (1-based), `size`, `cols` (comma-separated ids). */
export function parseExploreParams(p: Record<string, string>): ExploreParams {
  const sortId = p.sort && exploreColumn(p.sort) ? p.sort : null;
  const cols = p.cols ? knownColumns(p.cols.split(',')) : [];
  return {
    search: (p.q ?? '').slice(0, 500),
    sort: sortId ? { id: sortId, desc: p.dir === 'desc' } : null,
    pageIndex: page.safeParse(p.page ?? '1').success ? Number(p.page ?? '1') - 1 : 0,
    pageSize: size.safeParse(p.size).success ? Number(p.size) : DEFAULT_SIZE,
    columns: p.cols ? cols : [...DEFAULT_EXPLORE_COLUMNS],
  };
}

/** The parameters that differ from the defaults ('' removes a parameter from the URL). */
export function writeExploreParams(e: ExploreParams): Record<string, string> {
  const defaultCols = e.columns.join(',') === DEFAULT_EXPLORE_COLUMNS.join(',');
  return {
    q: e.search,
    sort: e.sort?.id ?? '',
    dir: e.sort?.desc ? 'desc' : '',
    page: e.pageIndex > 0 ? String(e.pageIndex + 1) : '',
    size: e.pageSize !== DEFAULT_SIZE ? String(e.pageSize) : '',
    cols: defaultCols ? '' : e.columns.join(','),
  };
}

/** Only Explore's keys: what a commitment page carries to keep "the current selection". */
export function exploreParamsOnly(p: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(writeExploreParams(parseExploreParams(p))))
    if (v !== '') out[k] = v;
  return out;
}
