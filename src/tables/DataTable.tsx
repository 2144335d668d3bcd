import { useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { alignClass, cellClass } from './cell-class';
import { features, type Features } from './features';
import { Pager } from './Pager';
import { serverOptions, type ServerState } from './server-state';

export interface DataTableProps<T extends RowData> {
  columns: readonly ColumnDef<Features, T>[];
  data: readonly T[];
  /** Accessible caption, also shown above the table. */
  caption: string;
  pageSize?: number;
  testId?: string;
  /** Narrow tables (a few short columns) do not stretch to the page width. */
  compact?: boolean;
  /** Sorting and pages applied by a database query instead of in memory. */
  server?: ServerState;
  /** The rows on screen are the previous result while the next one loads. */
  busy?: boolean;
  getRowId?: (row: T, index: number) => string;
}

const SORT_MARK = { asc: ' ▲', desc: ' ▼' } as const;

/** A sortable, paged table of plain rows; cells render as text. */
export function DataTable<T extends RowData>({
  columns,
  data,
  caption,
  pageSize = 20,
  testId,
  compact = false,
  server,
  busy = false,
  getRowId,
}: DataTableProps<T>) {
  const table = useTable({
    features,
    columns,
    data: data as T[],
    initialState: { pagination: { pageIndex: 0, pageSize } },
    ...(getRowId ? { getRowId } : {}),
    ...(server ? serverOptions(server) : {}),
  });
  const { pageIndex } = table.state.pagination;
  return (
    <div
      className={compact ? 'data-table compact' : 'data-table'}
      data-testid={testId}
      aria-busy={busy}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    className={alignClass(header.column.columnDef.meta)}
                    aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      {sorted ? SORT_MARK[sorted] : null}
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className={busy ? 'stale' : undefined}>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cellClass(cell.column.columnDef.meta)}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.getPageCount() > 1 && (
        <Pager
          label={caption}
          pageIndex={pageIndex}
          pageCount={table.getPageCount()}
          rowCount={table.getRowCount()}
          canPrevious={table.getCanPreviousPage()}
          canNext={table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
        />
      )}
    </div>
  );
}
