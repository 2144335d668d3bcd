import {
  functionalUpdate,
  type PaginationState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';

/**
 * Table state owned outside the table (in the URL) and applied by a database query: sorting and
 * paging become query parameters, the row count comes from the database (TanStack's
 * "pagination-controlled" pattern).
 */
export interface ServerState {
  sorting: SortingState;
  onSortingChange(next: SortingState): void;
  pagination: PaginationState;
  onPaginationChange(next: PaginationState): void;
  /** Rows in the whole selection, as counted by the database. */
  rowCount: number;
}

/** TanStack options for a server-driven table, resolving updater functions against the state. */
export function serverOptions(server: ServerState) {
  return {
    manualSorting: true,
    manualPagination: true,
    rowCount: server.rowCount,
    state: { sorting: server.sorting, pagination: server.pagination },
    onSortingChange: (u: Updater<SortingState>) =>
      server.onSortingChange(functionalUpdate(u, server.sorting)),
    onPaginationChange: (u: Updater<PaginationState>) =>
      server.onPaginationChange(functionalUpdate(u, server.pagination)),
  };
}
