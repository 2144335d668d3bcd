import type { RowAccounting } from './load-types';

/** Adds `more` to `into` (rows read, loaded, rejected, skipped) and returns `into`. */
export function addRows(into: RowAccounting, more: RowAccounting): RowAccounting {
  into.read += more.read;
  into.loaded += more.loaded;
  into.rejected += more.rejected;
  into.skipped += more.skipped;
  return into;
}
