import { metricValue, type MetricValue } from '../metrics';
import type { DistField } from './distribution-fields';
import { filterMask, filtersOnLists, type Filterable } from './fact-filter';
import {
  cellsOf,
  groupingOf,
  keyed,
  tallyOf,
  type Cells,
  type Grouping,
  type Keyed,
} from './fact-grouping';
import type { Facts } from './facts';
import type { Filters } from './filters';
import type { MeasureId } from './measures';

/**
 * Grouping and filtering over Facts (one row per commitment), in JS. The filter semantics are
 * those of whereClause() in filters.ts, which summarize() and the CLI use: test/db pins the two
 * to the same figures. Counts are additive, so every grouping is one pass over the rows.
 */
export type CubeKey = 'member' | 'region' | 'kind' | 'era' | 'cycle' | 'plan' | 'year' | 'level';

/**
 * `selection`: the view's filters. `reference`: the same filters without the member and region
 * selection — the global and regional averages a selection is compared with.
 */
export type Scope = 'selection' | 'reference';

export interface CubeSet {
  scope: Scope;
  /** Grouping keys; none gives one total row, even of n = 0. */
  keys: readonly CubeKey[];
}

export interface CubeOptions {
  measures: readonly MeasureId[];
  sets: readonly CubeSet[];
  filters: Filters;
  /** The distribution field whose native level is the `level` key. */
  levelField?: DistField;
}

export interface CubeRow {
  /** Index into `sets`. */
  set: number;
  keys: Partial<Record<CubeKey, string>>;
  commitments: number;
  values: Partial<Record<MeasureId, MetricValue>>;
}

export function referenceFilters(f: Filters): Filters {
  const { members: _m, regions: _r, ...rest } = f;
  return rest;
}

/**
 * Every set's groups with commitments, yes and n per measure (n under the denominator switch).
 * The rows are summed at the finest grain the sets need (split by selection), then each set
 * sums those groups: counts are additive. The finest grain is summed from the view's cells
 * (fact-grouping.ts) unless a filter reads the lists, which cells do not split by.
 */
export function factCube(facts: Facts, opts: CubeOptions): CubeRow[] {
  const names = [...new Set(opts.sets.flatMap((s) => s.keys))];
  const keys = names.map((k) => keyed(facts, k, opts.levelField));
  const grouping = groupingOf(facts, names, keys, opts.levelField);
  const first = grouping.first;
  const M = opts.measures.length;
  // Slot 2g + 1: group g's selected rows; 2g: its other rows within the reference.
  const count = new Int32Array(first.length * 2);
  const yes = new Int32Array(count.length * M);
  const rated = new Int32Array(count.length * M);
  const sums = { count, yes, rated };
  if (filtersOnLists(opts.filters)) sumRows(facts, grouping, opts, sums);
  else sumCells(facts, cellsOf(facts, grouping, names), opts, sums);
  const all = facts.switches.denominator === 'all';
  const out: CubeRow[] = [];
  opts.sets.forEach((set, s) => {
    const idx = set.keys.map((k) => names.indexOf(k));
    const parts = idx.map((j) => keys[j]!);
    const groups = setGroups(parts, first, count, yes, rated, M, set.scope === 'selection');
    for (let g = 0; g < groups.count.length; g++) {
      const row = groups.first[g]!;
      const k: Partial<Record<CubeKey, string>> = {};
      set.keys.forEach((name, j) => {
        const key = parts[j]!;
        k[name] = key.label(row < 0 ? -1 : (key.codes[row] ?? -1));
      });
      const values: Partial<Record<MeasureId, MetricValue>> = {};
      const n = groups.count[g]!;
      opts.measures.forEach((m, j) => {
        const at = g * M + j;
        values[m] = metricValue(groups.yes[at]!, all ? n : groups.rated[at]!);
      });
      out.push({ set: s, keys: k, commitments: n, values });
    }
  });
  return out;
}

interface SetGroups {
  /** A row of each group, to read its key values back (-1: the empty total). */
  first: number[];
  count: number[];
  /** Group g's measure j at g * M + j. */
  yes: number[];
  rated: number[];
}

/**
 * One set's groups, summed from the finest grain's slots. A group is named by a number built
 * from its codes (mixed radix over the keys' sizes), not a joined string: a filter change sums
 * thousands of slots per set, and a string for each was most of what the figures allocated.
 * Exported for its test; factCube is the way in.
 */
export function setGroups(
  parts: readonly Keyed[],
  first: Int32Array,
  count: Int32Array,
  yes: Int32Array,
  rated: Int32Array,
  M: number,
  selectedOnly: boolean,
): SetGroups {
  const out: SetGroups = { first: [], count: [], yes: [], rated: [] };
  const open = (row: number) => {
    out.first.push(row);
    out.count.push(0);
    for (let j = 0; j < M; j++) {
      out.yes.push(0);
      out.rated.push(0);
    }
    return out.first.length - 1;
  };
  const exact = parts.reduce((b, p) => b * p.size, 1) <= 2 ** 52;
  const byId = new Map<number | string, number>();
  // No keys: one total row, even of n = 0 (every slot then has id 0).
  if (parts.length === 0) byId.set(0, open(-1));
  for (let s = 0; s < count.length; s++) {
    if (count[s] === 0 || (selectedOnly && (s & 1) === 0)) continue;
    const row = first[s >> 1]!;
    let id: number | string = 0;
    if (exact) for (const p of parts) id = id * p.size + (p.codes[row] ?? -1) + 1;
    else id = parts.map((p) => p.codes[row] ?? -1).join(',');
    let g = byId.get(id);
    if (g === undefined) byId.set(id, (g = open(row)));
    out.count[g]! += count[s]!;
    for (let j = 0; j < M; j++) {
      out.yes[g * M + j]! += yes[s * M + j]!;
      out.rated[g * M + j]! += rated[s * M + j]!;
    }
  }
  return out;
}

interface Sums {
  count: Int32Array;
  yes: Int32Array;
  rated: Int32Array;
}

/** The masks of the reference (every filter but members and regions) and of the selection. */
function masks(t: Filterable, f: Filters) {
  const { members, regions } = f;
  return {
    reference: filterMask(t, referenceFilters(f)),
    selection: filterMask(t, { members, regions }),
  };
}

/** Any filter, one pass per measure over the rows. */
function sumRows(facts: Facts, g: Grouping, opts: CubeOptions, sums: Sums) {
  const { reference, selection } = masks(facts, opts.filters);
  const { count, yes, rated } = sums;
  const gid = g.gid;
  const slot = new Int32Array(facts.size);
  for (let i = 0; i < facts.size; i++) {
    if (reference[i] === 0) {
      slot[i] = -1;
      continue;
    }
    const s = gid[i]! * 2 + selection[i]!;
    slot[i] = s;
    count[s]!++;
  }
  const M = opts.measures.length;
  opts.measures.forEach((m, j) => {
    const values = facts.measures[m];
    for (let i = 0; i < facts.size; i++) {
      const s = slot[i]!;
      if (s < 0) continue;
      const v = values[i]!;
      if (v < 2) {
        rated[s * M + j]!++;
        if (v === 1) yes[s * M + j]!++;
      }
    }
  });
}

/** Filters without lists: one pass over the pre-aggregated cells. */
function sumCells(facts: Facts, cells: Cells, opts: CubeOptions, sums: Sums) {
  const { reference, selection } = masks(cells, opts.filters);
  const { count, yes, rated } = sums;
  const tallies = opts.measures.map((m) => tallyOf(facts, cells, m));
  const M = tallies.length;
  for (let c = 0; c < cells.size; c++) {
    if (reference[c] === 0) continue;
    const s = cells.group[c]! * 2 + selection[c]!;
    count[s]! += cells.count[c]!;
    for (let j = 0; j < M; j++) {
      const t = tallies[j]!;
      yes[s * M + j]! += t.yes[c]!;
      rated[s * M + j]! += t.rated[c]!;
    }
  }
}

export const EMPTY_VALUE: MetricValue = metricValue(0, 0);

/** A row's value for a measure (n = 0 when the cube did not compute it). */
export function valueOf(row: CubeRow | undefined, m: MeasureId): MetricValue {
  return row?.values[m] ?? EMPTY_VALUE;
}
