import type { SqlParam } from '../db/connector';

/** Global filters every view shares; every value reaches SQL as a bound parameter. */
export interface Filters {
  regions?: string[];
  kinds?: string[];
  eras?: string[];
  members?: string[];
  cycles?: string[];
  /** OGP values (access_to_information, civic_participation, public_accountability). */
  values?: string[];
  /** Policy areas as OGP names them (the export's policy-area columns). */
  policyAreas?: string[];
  yearFrom?: number;
  yearTo?: number;
}

export interface SqlFragment {
  sql: string;
  params: SqlParam[];
}

function inList(column: string, values: string[] | undefined): SqlFragment | null {
  if (!values || values.length === 0) return null;
  return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: values };
}

/** `column` holds a "; "-separated list: any of `values` matches (exact items, bound). */
function listContains(column: string, values: string[] | undefined): SqlFragment | null {
  if (!values || values.length === 0) return null;
  return {
    sql: `list_has_any(string_split(coalesce(${column}, ''), '; '), [${values.map(() => '?').join(', ')}])`,
    params: values,
  };
}

/** A WHERE clause (or '') for the filters; column names are fixed here, never taken from input. */
export function whereClause(f: Filters = {}): SqlFragment {
  const parts = [
    inList('region', f.regions),
    inList('kind', f.kinds),
    inList('era', f.eras),
    inList('member', f.members),
    inList('cycle', f.cycles),
    listContains('ogp_values', f.values),
    listContains('policy_areas', f.policyAreas),
    f.yearFrom !== undefined ? { sql: 'year_submission >= ?', params: [f.yearFrom] } : null,
    f.yearTo !== undefined ? { sql: 'year_submission <= ?', params: [f.yearTo] } : null,
  ].filter((p): p is SqlFragment => p !== null);
  if (parts.length === 0) return { sql: '', params: [] };
  return {
    sql: `WHERE ${parts.map((p) => p.sql).join(' AND ')}`,
    params: parts.flatMap((p) => p.params),
  };
}
