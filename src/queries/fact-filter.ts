import { splitList, type TextColumn } from './facts';
import type { Filters } from './filters';

/**
 * What a filter reads: the commitments' facts themselves, or the cells a view's facts are
 * pre-aggregated into (fact-grouping.ts), which carry the same columns, one entry per cell.
 */
export interface Filterable {
  size: number;
  text: Record<'member' | 'region' | 'kind' | 'era' | 'cycle', TextColumn>;
  /** Plan start year; 0 when unknown. */
  year: Int32Array;
  /** Absent on cells, which do not split by the lists: such filters must read the rows. */
  values?: TextColumn;
  policyAreas?: TextColumn;
}

/** `col IN (values)`: NULL never matches, a value absent from the data matches nothing. */
function inList(col: TextColumn, values: readonly string[] | undefined, pass: Uint8Array) {
  if (!values || values.length === 0) return;
  // Indexed by code + 1, so NULL (-1) reads slot 0, which is never set.
  const ok = new Uint8Array(col.values.length + 1);
  for (const v of values) {
    const c = col.values.indexOf(v);
    if (c >= 0) ok[c + 1] = 1;
  }
  keepWhere(col.codes, ok, pass);
}

/** `list_has_any(string_split(col, '; '), values)`, decided once per distinct list. */
function anyOf(
  col: TextColumn | undefined,
  values: readonly string[] | undefined,
  pass: Uint8Array,
) {
  if (!values || values.length === 0) return;
  if (!col) throw new Error('a filter on OGP values or policy areas needs the rows, not cells');
  const wanted = new Set(values);
  const ok = new Uint8Array(col.values.length + 1);
  col.values.forEach((list, c) => {
    if (splitList(list).some((v) => wanted.has(v))) ok[c + 1] = 1;
  });
  keepWhere(col.codes, ok, pass);
}

function keepWhere(codes: Int32Array, ok: Uint8Array, pass: Uint8Array) {
  for (let i = 0; i < pass.length; i++) if (ok[codes[i]! + 1] === 0) pass[i] = 0;
}

/** Filters on lists (OGP values, policy areas): cells do not split by them. */
export const filtersOnLists = (f: Filters): boolean =>
  (f.values?.length ?? 0) > 0 || (f.policyAreas?.length ?? 0) > 0;

/** 1 for the entries the filters keep (filters.ts semantics: NULL fails every comparison). */
export function filterMask(t: Filterable, f: Filters): Uint8Array {
  const pass = new Uint8Array(t.size).fill(1);
  inList(t.text.region, f.regions, pass);
  inList(t.text.kind, f.kinds, pass);
  inList(t.text.era, f.eras, pass);
  inList(t.text.member, f.members, pass);
  inList(t.text.cycle, f.cycles, pass);
  anyOf(t.values, f.values, pass);
  anyOf(t.policyAreas, f.policyAreas, pass);
  const { yearFrom: from, yearTo: to } = f;
  if (from !== undefined || to !== undefined) {
    const lo = from ?? -Infinity;
    const hi = to ?? Infinity;
    const year = t.year;
    for (let i = 0; i < pass.length; i++) {
      const y = year[i]!;
      if (y === 0 || y < lo || y > hi) pass[i] = 0;
    }
  }
  return pass;
}
