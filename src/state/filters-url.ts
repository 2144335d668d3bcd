import { z } from 'zod';
import type { Filters } from '../queries/filters';
import type { UrlProblem } from './url-problems';

/**
 * The global filters every analytic view shares, as URL parameters. Multi-valued filters repeat
 * their key (`?region=Europe&region=Americas`); unknown values are the query's business (they
 * simply match nothing), malformed years fall back with a notice.
 */
export const FILTER_KEYS = {
  regions: 'region',
  kinds: 'kind',
  eras: 'era',
  members: 'member',
  cycles: 'cycle',
  values: 'value',
  policyAreas: 'policy',
  yearFrom: 'from',
  yearTo: 'to',
} as const satisfies Record<keyof Filters, string>;

const year = z.coerce.number().int().min(2000).max(2100);
const text = z.string().min(1).max(200);

export function parseFilters(params: URLSearchParams, problems: UrlProblem[]): Filters {
  const f: Filters = {};
  for (const key of [
    'regions',
    'kinds',
    'eras',
    'members',
    'cycles',
    'values',
    'policyAreas',
  ] as const) {
    const values = params.getAll(FILTER_KEYS[key]).filter((v) => text.safeParse(v).success);
    if (values.length > 0) f[key] = values;
  }
  for (const key of ['yearFrom', 'yearTo'] as const) {
    const raw = params.get(FILTER_KEYS[key]);
    if (raw === null) continue;
    const y = year.safeParse(raw);
    if (y.success) f[key] = y.data;
    else problems.push({ kind: 'year', text: raw.slice(0, 20) });
  }
  return f;
}

export function writeFilters(params: URLSearchParams, f: Filters): void {
  for (const key of Object.keys(FILTER_KEYS) as (keyof Filters)[]) {
    params.delete(FILTER_KEYS[key]);
    const v = f[key];
    if (Array.isArray(v)) for (const item of v) params.append(FILTER_KEYS[key], item);
    else if (typeof v === 'number') params.set(FILTER_KEYS[key], String(v));
  }
}
