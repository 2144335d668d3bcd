import { z } from 'zod';
import type { Connector } from '../db/connector';
import type { Switches } from '../metrics/switches';
import { DIST_FIELD_IDS, levelExpression, type DistField } from './distribution-fields';
import { COMPOSITES, measureExpression, type MeasureId } from './measures';
import { METRIC_IDS } from '../metrics';

/** Every measure the Compare and Trends views draw. */
export const FACT_MEASURES: readonly MeasureId[] = [
  ...METRIC_IDS,
  ...(Object.keys(COMPOSITES) as MeasureId[]),
];

/** A dictionary-encoded text column: `codes[i]` indexes `values`, -1 is NULL. */
export interface TextColumn {
  values: string[];
  codes: Int32Array;
}

/**
 * One row per commitment, measures already evaluated by DuckDB under the switches in force:
 * what the Compare and Trends views filter and sum on every filter change, in JS, without a
 * round trip to the DuckDB worker (≈ 10–40 ms each on a 2-core machine, more than the budget).
 */
export interface Facts {
  size: number;
  switches: Switches;
  text: Record<'member' | 'region' | 'kind' | 'era' | 'cycle' | 'plan', TextColumn>;
  /** Plan start year; 0 when unknown. */
  year: Int32Array;
  /**
   * "; "-separated lists as loaded (OGP values, policy areas), each whole list one dictionary
   * entry: a filter tests each distinct list once, not each commitment's.
   */
  values: TextColumn;
  policyAreas: TextColumn;
  /** Per measure: 1 yes, 0 no, 2 anything else (pending, not assessed, missing, unknown). */
  measures: Record<MeasureId, Uint8Array>;
  /** Per distribution field: the native level key of each commitment (distribution-fields.ts). */
  levels: Record<DistField, TextColumn>;
}

const TEXT = {
  member: 'member',
  region: 'region',
  kind: 'kind',
  era: 'era',
  cycle: 'cycle',
  plan: 'plan_id',
} as const;

/** The one statement behind Facts: fixed text, no user value at all. */
export function factsQuery(switches: Switches): string {
  const cols = [
    ...Object.entries(TEXT).map(([k, c]) => `${c} AS "${k}"`),
    'coalesce(year_submission, 0)::INTEGER AS year',
    'ogp_values',
    'policy_areas',
    ...FACT_MEASURES.map(
      (m) =>
        `CASE (${measureExpression(m, switches)}) WHEN 'yes' THEN 1 WHEN 'no' THEN 0 ELSE 2 END::INTEGER AS "m_${m}"`,
    ),
    ...DIST_FIELD_IDS.map((f) => `${levelExpression(f)} AS "l_${f}"`),
  ];
  return `SELECT ${cols.join(',\n  ')}\nFROM commitments`;
}

const texts = z.array(z.string().nullable());
const ints = z.array(z.number().int());

function encode(list: readonly (string | null)[]): TextColumn {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(list.length);
  list.forEach((v, i) => {
    if (v === null) {
      codes[i] = -1;
      return;
    }
    let c = index.get(v);
    if (c === undefined) index.set(v, (c = values.push(v) - 1));
    codes[i] = c;
  });
  return { values, codes };
}

/** The items of a "; "-separated list column's value (none for NULL or ''). */
export const splitList = (v: string | null | undefined) => (v ? v.split('; ') : []);

export async function loadFacts(conn: Connector, switches: Switches): Promise<Facts> {
  const { names, columns } = await conn.queryColumns(factsQuery(switches));
  const col = (name: string) => columns[names.indexOf(name)] ?? [];
  const text = Object.fromEntries(
    Object.keys(TEXT).map((k) => [k, encode(texts.parse(col(k)))]),
  ) as Facts['text'];
  const year = Int32Array.from(ints.parse(col('year')));
  const measures = Object.fromEntries(
    FACT_MEASURES.map((m) => [m, Uint8Array.from(ints.parse(col(`m_${m}`)))]),
  ) as Facts['measures'];
  const levels = Object.fromEntries(
    DIST_FIELD_IDS.map((f) => [f, encode(texts.parse(col(`l_${f}`)))]),
  ) as Facts['levels'];
  return {
    size: year.length,
    switches,
    text,
    year,
    values: encode(texts.parse(col('ogp_values'))),
    policyAreas: encode(texts.parse(col('policy_areas'))),
    measures,
    levels,
  };
}
