import type { MappingNeeded } from '../../hooks/app-context';
import type { ColumnMapping } from '../../ingest';

/** The form starts from the remembered mapping, else the loader's suggestions ('' = not used). */
export function initialMapping(
  needed: MappingNeeded,
  remembered: ColumnMapping | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of needed.headers) {
    const pick = remembered ? remembered[h] : needed.suggestions[h];
    out[h] = pick && needed.canonicalColumns.includes(pick) ? pick : '';
  }
  return out;
}

/** Required canonical columns no header is mapped to yet. */
export function missingRequired(
  required: readonly string[],
  choice: Readonly<Record<string, string>>,
): string[] {
  const chosen = new Set(Object.values(choice));
  return required.filter((r) => !chosen.has(r));
}
