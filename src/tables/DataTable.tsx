import { useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { features, type ColumnMeta, type Features } from './features';

interface DataTableProps<T extends RowData> {
  columns: readonly ColumnDef<Features, T>[];
  data: readonly T[];
  /** Accessible caption, also shown above the table. */
  caption: string;
  pageSize?: number;
  testId?: string;
  /** Narrow tables (a few short columns) do not stretch to the page width. */
  compact?: boolean;
}

const alignClass = (meta: ColumnMeta | undefined) => (meta?.align === 'right' ? 'num' : undefined);

const SORT_MARK = { asc: ' ▲', desc: ' ▼' } as const;

/** A sortable, paged table of plain rows; cells render as text. */
export function DataTable<T extends RowData>({
  columns,
  data,
  caption,
  pageSize = 20,
  testId,
  compact = false,
}: DataTableProps<T>) {
  const table = useTable({
    features,
    columns,
    data: data as T[],
    initialState: { pagination: { pageIndex: 0, pageSize } },
  });
  const { pageIndex } = table.state.pagination;
  return (
    <div className={compact ? 'data-table compact' : 'data-table'} data-testid={testId}>
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
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={alignClass(cell.column.columnDef.meta)}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.getPageCount() > 1 && (
        <nav className="pager" aria-label={`${caption} pages`}>
          <button
            type="button"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            Previous
          </button>
          <span>
            Page {pageIndex + 1} of {table.getPageCount()} ({table.getRowCount()} rows)
          </span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
