/**
 * Pages from OGP's site joining the session (page-import.ts), behind an import() of their own:
 * pages are an occasional addition to a load, so their code is fetched with the first page
 * rather than on every cold load. Same signatures as page-import.ts.
 */
import type { Connector } from '../db/connector';
import { loadDataset, type LoadInput, type LoadOptions } from './load-dataset';
import type { LoadReport } from './load-types';
import type { AddPagesResult, ImportedPage, PageCheck } from './page-import';

const pageImport = () => import('./page-import');

export async function addPages(
  conn: Connector,
  pages: readonly ImportedPage[],
  opts: { asOf: string },
): Promise<AddPagesResult> {
  return (await pageImport()).addPages(conn, pages, opts);
}

export async function checkPages(
  conn: Connector,
  pages: readonly ImportedPage[],
): Promise<PageCheck[]> {
  return (await pageImport()).checkPages(conn, pages);
}

/** A dataset load followed by the pages added to it (page-import.ts), the plain load if none. */
export async function loadWithPages(
  conn: Connector,
  input: LoadInput,
  opts: LoadOptions,
  pages: readonly ImportedPage[],
): Promise<LoadReport> {
  if (pages.length === 0) return loadDataset(conn, input, opts);
  return (await pageImport()).loadWithPages(conn, input, opts, pages);
}
