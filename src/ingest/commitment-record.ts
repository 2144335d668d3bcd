import type { ColumnSpec } from '../db/connector';
import { HARMONISED_FIELDS, RATING_FIELDS } from '../model/rating-fields';

/** One row of the canonical `commitments` table, as built in JS before insertion. */
export type CommitmentRecord = Record<string, string | number | null>;

// Generic in the name, so that the fixed columns' names are known to the type checker.
const v = <N extends string>(name: N) => ({ name, type: 'VARCHAR' as const });
const i = <N extends string>(name: N) => ({ name, type: 'INTEGER' as const });

/** Identity and text: the columns before the ratings. */
const LEADING = [
  v('commitment_id'),
  v('dataset_id'),
  v('source_file'),
  i('source_row'),
  v('member'),
  v('member_id'),
  v('member_code'),
  v('kind'),
  v('kind_raw'),
  v('region'),
  v('parent_country'),
  v('plan_id'),
  i('plan_number'),
  i('year_submission'),
  i('year_end'),
  v('cycle'),
  v('era'),
  v('era_rule'),
  v('commitment_number'),
  v('theme'),
  v('title'),
  v('short_title'),
  v('full_text'),
  v('lead_institutions'),
  v('supporting_institutions'),
  v('policy_areas'),
  v('ogp_values'),
  v('start_date_raw'),
  v('start_date'),
  v('end_date_raw'),
  v('end_date'),
  v('url'),
  v('irm_reports'),
  v('ogp_high_ambition'),
  v('ogp_high_completion'),
  v('ogp_high_diog'),
  v('source'),
] as const;

/** The final completion and results columns, after the harmonised pairs. */
const TRAILING = [
  v('h_completion_final'),
  i('h_completion_ord'),
  v('h_completion_stage'),
  v('h_completion_rule'),
  i('h_results_level'),
  v('h_results_state'),
  v('h_results_rule'),
] as const;

/** The `commitments` table: identity and text, then raw/code/ord per rating, then harmonised. */
export const COMMITMENT_COLUMNS: ColumnSpec[] = [
  ...LEADING,
  ...RATING_FIELDS.flatMap((f) => [v(`${f.id}_raw`), v(`${f.id}_code`), i(`${f.id}_ord`)]),
  ...HARMONISED_FIELDS.flatMap((f) => [v(`h_${f}`), v(`h_${f}_rule`)]),
  ...TRAILING,
];

/**
 * Every column as a key, null. Built by JSON.parse, whose objects keep V8's fast property
 * layout, and copied by spread, which keeps it: a record given its ~110 keys one by one
 * (`rec[name] = …`) turns into a slow dictionary object, which measured 4× slower to build and
 * 2× slower to turn into columns on a million rows.
 */
const TEMPLATE: Readonly<CommitmentRecord> = JSON.parse(
  JSON.stringify(Object.fromEntries(COMMITMENT_COLUMNS.map((c) => [c.name, null]))),
) as CommitmentRecord;

/** A record with every column present (null) and the given values. */
export function commitmentRecord(values: CommitmentRecord): CommitmentRecord {
  return Object.assign({ ...TEMPLATE }, values);
}

const COLUMN_NAMES = COMMITMENT_COLUMNS.map((c) => c.name);
const INDEX_OF = new Map(COLUMN_NAMES.map((name, k) => [name, k]));

/** The number of commitment columns: the length of a row (see `columnIndexes`). */
export const COMMITMENT_WIDTH = COLUMN_NAMES.length;

/**
 * Each named column's place in a row, checked when the module loads: a misspelt name fails
 * at once instead of writing a value nowhere.
 */
export function columnIndexes<N extends string>(names: readonly N[]): Record<N, number> {
  const out = {} as Record<N, number>;
  for (const name of names) {
    const k = INDEX_OF.get(name);
    if (k === undefined) throw new Error(`${name} is not a column of the commitments table`);
    out[name] = k;
  }
  return out;
}

/** The place in a row of every column with a fixed name (not the per-rating ones). */
export const COLUMN_AT = columnIndexes([...LEADING, ...TRAILING].map((c) => c.name));

/** A row (a value per column, in COMMITMENT_COLUMNS order) as a record. */
export function recordFromRow(row: readonly unknown[]): CommitmentRecord {
  const rec = { ...TEMPLATE };
  for (let k = 0; k < COLUMN_NAMES.length; k++)
    rec[COLUMN_NAMES[k]!] = (row[k] ?? null) as CommitmentRecord[string];
  return rec;
}

/**
 * Column arrays for Connector.insertColumns, filled a record at a time. Each record can then die
 * young: a batch of 20,000 records of ~110 keys kept until the batch ends outlived the young
 * generation and was copied into the old one, the bulk of the garbage collector's time in a
 * large load. The arrays are made at their expected size: grown by push, each was copied
 * several times over.
 */
export class CommitmentColumns {
  private arrays: unknown[][];
  private n = 0;

  constructor(private readonly capacity = 0) {
    this.arrays = this.empty();
  }

  get length(): number {
    return this.n;
  }

  /** `rec` must come from commitmentRecord: its keys are the columns, in order. */
  push(rec: CommitmentRecord): void {
    // Object.values reads the record in one call; a lookup per column name cost 3× as much.
    const values = Object.values(rec);
    if (values.length !== COLUMN_NAMES.length)
      throw new Error(`a commitment record has ${values.length} keys, not ${COLUMN_NAMES.length}`);
    this.pushRow(values);
  }

  /**
   * A row written straight into the columns: the normaliser fills one row array and reuses it,
   * so a record of ~110 keys is not built (and dropped) for every row of a large file.
   */
  pushRow(row: readonly unknown[]): void {
    if (row.length !== COLUMN_NAMES.length)
      throw new Error(`a commitment row has ${row.length} values, not ${COLUMN_NAMES.length}`);
    const at = this.n++;
    for (let k = 0; k < row.length; k++) this.arrays[k]![at] = row[k] ?? null;
  }

  /** The columns so far, by name; the builder starts again empty. */
  take(): Record<string, unknown[]> {
    const out: Record<string, unknown[]> = {};
    COLUMN_NAMES.forEach((name, k) => {
      const a = this.arrays[k]!;
      a.length = this.n;
      out[name] = a;
    });
    this.arrays = this.empty();
    this.n = 0;
    return out;
  }

  private empty(): unknown[][] {
    return COLUMN_NAMES.map(() => new Array<unknown>(this.capacity));
  }
}
