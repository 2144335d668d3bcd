import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';

/** The one feature set every table uses: client-side sorting and pages. */
export const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
  columnMeta: {} as ColumnMeta,
});

/** Per-column display hints read by <DataTable>. */
export interface ColumnMeta {
  /** Numbers align right so digits line up. */
  align?: 'right';
  /** Short codes (identifiers, cycles, ratings) stay on one line. */
  nowrap?: boolean;
}

export type Features = typeof features;
