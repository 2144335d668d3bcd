import type { ColumnMeta } from './features';

export const alignClass = (meta: ColumnMeta | undefined) =>
  meta?.align === 'right' ? 'num' : undefined;

/** Cells also keep short codes on one line; headers always wrap. */
export const cellClass = (meta: ColumnMeta | undefined) =>
  [alignClass(meta), meta?.nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;
