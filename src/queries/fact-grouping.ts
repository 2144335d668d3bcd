import type { DistField } from './distribution-fields';
import type { Filterable } from './fact-filter';
import type { Facts, TextColumn } from './facts';
import type { MeasureId } from './measures';
import type { CubeKey } from './metric-cube';

/** A grouping key over the rows: a dense code per row (-1 for NULL) and its label. */
export interface Keyed {
  codes: Int32Array;
  label: (code: number) => string;
  /** Codes run from -1 to size - 2. */
  size: number;
}

const yearCodes = new WeakMap<Facts, Keyed>();

/** Start years as codes from the earliest year, so years group like any other key. */
function yearKey(facts: Facts): Keyed {
  let k = yearCodes.get(facts);
  if (k) return k;
  let min = Infinity;
  let max = -Infinity;
  for (const y of facts.year) {
    if (y === 0) continue;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  const codes = facts.year.map((y) => (y === 0 ? -1 : y - min));
  const size = Number.isFinite(min) ? max - min + 2 : 1;
  k = { codes, label: (c) => (c < 0 ? '' : String(min + c)), size };
  yearCodes.set(facts, k);
  return k;
}

export function keyed(facts: Facts, key: CubeKey, level: DistField | undefined): Keyed {
  if (key === 'year') return yearKey(facts);
  const col = key === 'level' ? (level ? facts.levels[level] : null) : facts.text[key];
  if (!col) throw new Error('the level key needs a levelField');
  // summarize() writes NULL keys as 'unknown'; plan ids are optional and stay empty.
  const fill = key === 'plan' ? '' : 'unknown';
  return { codes: col.codes, label: (c) => col.values[c] ?? fill, size: col.values.length + 1 };
}

/** Row → a dense id of its combination of codes, and one row of each id. */
function combine(parts: readonly Keyed[], n: number): { id: Int32Array; first: Int32Array } {
  let key = new Float64Array(n);
  let bound = 1;
  for (const p of parts) {
    // Keys stay exact integers below 2^53: re-number densely before they could overflow.
    if (bound * p.size > 2 ** 52) {
      const d = densify(key);
      key = Float64Array.from(d.id);
      bound = d.first.length;
    }
    const codes = p.codes;
    for (let i = 0; i < n; i++) key[i] = key[i]! * p.size + codes[i]! + 1;
    bound *= p.size;
  }
  return densify(key);
}

function densify(key: Float64Array): { id: Int32Array; first: Int32Array } {
  const id = new Int32Array(key.length);
  const seen = new Map<number, number>();
  const first: number[] = [];
  for (let i = 0; i < key.length; i++) {
    const k = key[i]!;
    let d = seen.get(k);
    if (d === undefined) {
      seen.set(k, (d = first.length));
      first.push(i);
    }
    id[i] = d;
  }
  return { id, first: Int32Array.from(first) };
}

/**
 * Each row's group at the finest grain a view's sets need (0…groups-1), with one row of each
 * group to read its key values back. It depends on the data and the keys, not on the filters.
 */
export interface Grouping {
  gid: Int32Array;
  first: Int32Array;
  cells?: Cells;
}

/**
 * A grouping's rows pre-aggregated by group and by every column a filter reads except the
 * "; "-lists: a filter change then passes over the cells (hundreds to a few thousand for the
 * views' keys) instead of the rows (a million at the benchmark's scale).
 */
export interface Cells extends Filterable {
  group: Int32Array;
  count: Int32Array;
  rowCell: Int32Array;
  tallies: Map<MeasureId, Tally>;
}

/** Per cell: commitments rated yes, and rated at all (yes or no). */
export interface Tally {
  yes: Int32Array;
  rated: Int32Array;
}

const FILTERED = ['member', 'region', 'kind', 'era', 'cycle'] as const;

// Kept with the facts they were computed from: a new dataset or switch gives new Facts.
const groupings = new WeakMap<Facts, Map<string, Grouping>>();

export function groupingOf(
  facts: Facts,
  names: readonly CubeKey[],
  keys: readonly Keyed[],
  level: DistField | undefined,
): Grouping {
  let cache = groupings.get(facts);
  if (!cache) groupings.set(facts, (cache = new Map()));
  const id = `${names.join(',')}|${names.includes('level') ? (level ?? '') : ''}`;
  let g = cache.get(id);
  if (!g) {
    const { id: gid, first } = combine(keys, facts.size);
    cache.set(id, (g = { gid, first }));
  }
  return g;
}

/** The grouping's cells, built on first use. */
export function cellsOf(facts: Facts, g: Grouping, names: readonly CubeKey[]): Cells {
  if (g.cells) return g.cells;
  // A column the grouping keys already hold is constant within a group: no need to split by it.
  const parts: Keyed[] = [{ codes: g.gid, label: String, size: g.first.length + 1 }];
  for (const k of FILTERED) if (!names.includes(k)) parts.push(keyed(facts, k, undefined));
  if (!names.includes('year')) parts.push(yearKey(facts));
  const { id: rowCell, first } = combine(parts, facts.size);
  const pick = (codes: Int32Array) => first.map((row) => codes[row]!);
  const count = new Int32Array(first.length);
  for (const c of rowCell) count[c]!++;
  const text = Object.fromEntries(
    FILTERED.map((k): [string, TextColumn] => [
      k,
      { values: facts.text[k].values, codes: pick(facts.text[k].codes) },
    ]),
  ) as Cells['text'];
  g.cells = {
    size: first.length,
    text,
    year: pick(facts.year),
    group: pick(g.gid),
    count,
    rowCell,
    tallies: new Map(),
  };
  return g.cells;
}

/** A measure summed per cell, on first use. */
export function tallyOf(facts: Facts, cells: Cells, m: MeasureId): Tally {
  let t = cells.tallies.get(m);
  if (t) return t;
  const yes = new Int32Array(cells.size);
  const rated = new Int32Array(cells.size);
  const values = facts.measures[m];
  const rowCell = cells.rowCell;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < 2) {
      const c = rowCell[i]!;
      rated[c]!++;
      if (v === 1) yes[c]!++;
    }
  }
  cells.tallies.set(m, (t = { yes, rated }));
  return t;
}
