import { metricValue, type MetricValue } from '../metrics';
import type { DistField } from './distribution-fields';
import type { Facts, TextColumn } from './facts';
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

/** `col IN (values)`: NULL never matches, a value absent from the data matches nothing. */
function inList(col: TextColumn, values: readonly string[] | undefined, pass: Uint8Array) {
  if (!values || values.length === 0) return;
  const wanted = new Set(values.map((v) => col.values.indexOf(v)).filter((c) => c >= 0));
  for (let i = 0; i < pass.length; i++) if (!wanted.has(col.codes[i] ?? -1)) pass[i] = 0;
}

/** `list_has_any(string_split(col, '; '), values)`. */
function anyOf(
  lists: readonly (readonly string[])[],
  values: readonly string[] | undefined,
  pass: Uint8Array,
) {
  if (!values || values.length === 0) return;
  const wanted = new Set(values);
  for (let i = 0; i < pass.length; i++) if (!lists[i]?.some((v) => wanted.has(v))) pass[i] = 0;
}

/** 1 for the rows the filters keep (filters.ts semantics: NULL fails every comparison). */
export function filterMask(facts: Facts, f: Filters): Uint8Array {
  const pass = new Uint8Array(facts.size).fill(1);
  inList(facts.text.region, f.regions, pass);
  inList(facts.text.kind, f.kinds, pass);
  inList(facts.text.era, f.eras, pass);
  inList(facts.text.member, f.members, pass);
  inList(facts.text.cycle, f.cycles, pass);
  anyOf(facts.values, f.values, pass);
  anyOf(facts.policyAreas, f.policyAreas, pass);
  const { yearFrom: from, yearTo: to } = f;
  if (from !== undefined || to !== undefined) {
    for (let i = 0; i < pass.length; i++) {
      const y = facts.year[i] ?? 0;
      if (y === 0 || (from !== undefined && y < from) || (to !== undefined && y > to)) pass[i] = 0;
    }
  }
  return pass;
}

interface Keyed {
  codes: ArrayLike<number>;
  label: (code: number) => string;
  size: number;
}

function keyed(facts: Facts, key: CubeKey, level: DistField | undefined): Keyed {
  if (key === 'year') {
    return { codes: facts.year, label: (y) => (y === 0 ? '' : String(y)), size: 0 };
  }
  const col = key === 'level' ? (level ? facts.levels[level] : null) : facts.text[key];
  if (!col) throw new Error('the level key needs a levelField');
  // summarize() writes NULL keys as 'unknown'; plan ids are optional and stay empty.
  const fill = key === 'plan' ? '' : 'unknown';
  return { codes: col.codes, label: (c) => col.values[c] ?? fill, size: col.values.length + 1 };
}

interface Group {
  /** A row of the group, to read its key values back. */
  first: number;
  selected: boolean;
  count: number;
  yes: number[];
  rated: number[];
}

/**
 * Every set's groups with commitments, yes and n per measure (n under the denominator switch).
 * One pass over the rows at the finest grain the sets need (split by selection), then each set
 * sums those groups: counts are additive.
 */
export function factCube(facts: Facts, opts: CubeOptions): CubeRow[] {
  const reference = filterMask(facts, referenceFilters(opts.filters));
  const { members, regions } = opts.filters;
  const selection = filterMask(facts, { members, regions });
  const measures = opts.measures.map((m) => facts.measures[m]);
  const names = [...new Set(opts.sets.flatMap((s) => s.keys))];
  const keys = names.map((k) => keyed(facts, k, opts.levelField));
  const fine = new Map<number, Group>();
  for (let i = 0; i < facts.size; i++) {
    if (!reference[i]) continue;
    const selected = selection[i] === 1;
    let id = selected ? 1 : 0;
    for (const k of keys) id = id * (k.size || 10_000) + ((k.codes[i] ?? -1) + 1);
    let g = fine.get(id);
    if (!g) {
      g = {
        first: i,
        selected,
        count: 0,
        yes: measures.map(() => 0),
        rated: measures.map(() => 0),
      };
      fine.set(id, g);
    }
    g.count++;
    for (let j = 0; j < measures.length; j++) {
      const v = measures[j]?.[i] ?? 2;
      if (v === 1) g.yes[j] = (g.yes[j] ?? 0) + 1;
      if (v < 2) g.rated[j] = (g.rated[j] ?? 0) + 1;
    }
  }
  const all = facts.switches.denominator === 'all';
  const out: CubeRow[] = [];
  opts.sets.forEach((set, s) => {
    const idx = set.keys.map((k) => names.indexOf(k));
    const groups = new Map<string, Group>();
    if (idx.length === 0) {
      groups.set('', {
        first: -1,
        selected: true,
        count: 0,
        yes: measures.map(() => 0),
        rated: measures.map(() => 0),
      });
    }
    for (const f of fine.values()) {
      if (set.scope === 'selection' && !f.selected) continue;
      const id = idx.map((j) => keys[j]?.codes[f.first] ?? -1).join(',');
      let g = groups.get(id);
      if (!g)
        groups.set(
          id,
          (g = { ...f, count: 0, yes: measures.map(() => 0), rated: measures.map(() => 0) }),
        );
      g.count += f.count;
      for (let j = 0; j < measures.length; j++) {
        g.yes[j] = (g.yes[j] ?? 0) + (f.yes[j] ?? 0);
        g.rated[j] = (g.rated[j] ?? 0) + (f.rated[j] ?? 0);
      }
    }
    for (const g of groups.values()) {
      const k: Partial<Record<CubeKey, string>> = {};
      set.keys.forEach((name, j) => {
        const key = keys[idx[j] ?? -1];
        if (key) k[name] = key.label(g.first < 0 ? -1 : (key.codes[g.first] ?? -1));
      });
      const values: Partial<Record<MeasureId, MetricValue>> = {};
      opts.measures.forEach((m, j) => {
        values[m] = metricValue(g.yes[j] ?? 0, all ? g.count : (g.rated[j] ?? 0));
      });
      out.push({ set: s, keys: k, commitments: g.count, values });
    }
  });
  return out;
}

export const EMPTY_VALUE: MetricValue = metricValue(0, 0);

/** A row's value for a measure (n = 0 when the cube did not compute it). */
export function valueOf(row: CubeRow | undefined, m: MeasureId): MetricValue {
  return row?.values[m] ?? EMPTY_VALUE;
}
