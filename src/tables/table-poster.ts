import type { ColumnDef, RowData } from '@tanstack/react-table';
import type { ColumnMeta, Features } from './features';

export interface TablePosterSpec {
  headers: { id: string; text: string; meta: ColumnMeta | undefined }[];
  rows: string[][];
}

/** The parts of a column definition a poster reads (see posterOf). */
interface PlainColumn<T> {
  id?: string;
  header?: unknown;
  accessorKey?: string;
  accessorFn?: (row: T, index: number) => unknown;
  cell?: unknown;
  meta?: ColumnMeta;
}

/**
 * The text a <DataTable> shows before anyone sorts it, computed without TanStack Table, so a
 * small table on the landing view can be painted before (or without) the table library. Only
 * simple tables have a poster: one page, string headers, cells that read the value or the row.
 * Anything else gets undefined and the caller renders the real table.
 */
export function posterOf<T extends RowData>(
  columns: readonly ColumnDef<Features, T>[],
  data: readonly T[],
  pageSize: number,
): TablePosterSpec | undefined {
  if (data.length > pageSize) return undefined;
  const cols = columns as readonly PlainColumn<T>[];
  if (cols.some((c) => typeof c.header !== 'string' || (!c.accessorKey && !c.accessorFn))) {
    return undefined;
  }
  return {
    headers: cols.map((c) => ({
      id: c.id ?? c.accessorKey ?? '',
      text: c.header as string,
      meta: c.meta,
    })),
    rows: data.map((row, index) =>
      cols.map((c) => {
        const value = c.accessorFn
          ? c.accessorFn(row, index)
          : (row as Record<string, unknown>)[c.accessorKey!];
        // Like TanStack's default cell: the value as text, nothing for null.
        if (typeof c.cell !== 'function') return value == null ? '' : String(value);
        return String(c.cell({ getValue: () => value, row: { original: row, index } }) ?? '');
      }),
    ),
  };
}
