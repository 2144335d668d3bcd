/** The facts as the page holds them: typed-array columns plus dictionaries (facts-file.ts). */
import type { FactsMeta } from './facts-file';

export interface FactsData {
  rows: number;
  dicts: Record<string, string[]>;
  /** Int32 dictionary codes (-1 NULL) per text / level / list column, and `year` (0 unknown). */
  int32: Record<string, Int32Array>;
  /** Measures: 1 yes, 0 no, 2 anything else. */
  uint8: Record<string, Uint8Array>;
}

export function decodeFacts(meta: FactsMeta, bin: ArrayBuffer): FactsData {
  const int32: Record<string, Int32Array> = {};
  const uint8: Record<string, Uint8Array> = {};
  let at = 0;
  for (const n of meta.int32) {
    int32[n] = new Int32Array(bin, at, meta.rows);
    at += meta.rows * 4;
  }
  for (const n of meta.uint8) {
    uint8[n] = new Uint8Array(bin, at, meta.rows);
    at += meta.rows;
  }
  return { rows: meta.rows, dicts: meta.dicts, int32, uint8 };
}

/** A text column as JS values (strings or null), for the engines that take plain columns. */
export function strings(f: FactsData, name: string): (string | null)[] {
  const dict = f.dicts[name] ?? [];
  const codes = f.int32[name]!;
  const out = new Array<string | null>(f.rows);
  for (let i = 0; i < f.rows; i++) out[i] = codes[i]! < 0 ? null : dict[codes[i]!]!;
  return out;
}
