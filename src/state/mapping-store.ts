import { z } from 'zod';
import type { ColumnMapping } from '../ingest';

const PREFIX = 'irm-atlas:mapping:';
const mappingSchema = z.record(z.string(), z.string());

/** A file's header signature: the same columns in any order give the same key. */
export function mappingKey(headers: readonly string[]): string {
  return PREFIX + JSON.stringify([...headers].sort());
}

/** The mapping the user chose last time for these headers, if any (and still well-formed). */
export function recallMapping(
  headers: readonly string[],
  storage: Storage | undefined = globalThis.localStorage,
): ColumnMapping | null {
  try {
    const text = storage?.getItem(mappingKey(headers));
    if (!text) return null;
    const parsed = mappingSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberMapping(
  headers: readonly string[],
  mapping: ColumnMapping,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(mappingKey(headers), JSON.stringify(mapping));
  } catch {
    // Storage full or disabled: the mapping still applies to this load, it is just not kept.
  }
}
