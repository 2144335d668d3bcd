import { createColumnHelper } from '@tanstack/react-table';
import type { Features } from '../../tables/features';

export type ResultRow = readonly unknown[];

const helper = createColumnHelper<Features, ResultRow>();

/** Cells arrive as text (the console casts every column) or null; anything else is stringified. */
export function resultText(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  return typeof v === 'string' ? v : String(v);
}

/** One column per result column, by position: result names may repeat. */
export function resultColumns(names: readonly string[]) {
  return helper.columns(
    names.map((name, i) =>
      helper.accessor((r) => resultText(r[i]), {
        id: `c${i}`,
        header: name,
        sortFn: 'alphanumeric',
      }),
    ),
  );
}

/** Columns → rows for the table. */
export function toRows(columns: readonly unknown[][]): ResultRow[] {
  const height = columns[0]?.length ?? 0;
  return Array.from({ length: height }, (_, r) => columns.map((c) => c[r]));
}
