import { createContext, useContext } from 'react';
import type { Connector } from '../db/connector';
import type { AddPagesResult, ColumnMapping, ImportedPage, LoadReport } from '../ingest';
import type { Switches } from '../metrics';
import type { LoadRequest } from '../datasets/dataset-request';
import type { Tab, ViewState } from '../state/view-url';
import type { Filters } from '../queries/filters';
import type { AsyncState } from './async-state';

/** What the mapping form needs from UnmappedHeadersError. */
export interface MappingNeeded {
  fileName: string;
  headers: string[];
  suggestions: Record<string, string | null>;
  required: string[];
  canonicalColumns: string[];
}

export interface DatasetContextValue {
  /** Null until DuckDB has started. */
  conn: Connector | null;
  /** The current dataset's load report; the previous one stays while the next loads. */
  load: AsyncState<LoadReport>;
  /** The id of the dataset being loaded or last asked for (built-in id or upload slug). */
  loadingId: string | null;
  /** Set after the DuckDB worker died and was restarted: why, and which dataset was reloaded. */
  recovery: { reason: string; reloaded: string | null } | null;
  /** The latest progress stage ("Starting DuckDB", "Loading x.csv", …, "Ready"). */
  stage: string | null;
  /** Bumped after every successful load: every figure depends on it. */
  version: number;
  mappingNeeded: MappingNeeded | null;
  request(req: LoadRequest): void;
  submitMapping(mapping: ColumnMapping): void;
  cancelMapping(): void;
  /** Stops the running load (and any queued behind it); the data loaded before stays. */
  cancelLoad(): void;
  /** Set when the last load was cancelled, until the next one starts. */
  cancelled: boolean;
  /** Adds records read from OGP pages to the session (kept for a reload; see src/ingest/page-import.ts). */
  addPages(pages: readonly ImportedPage[]): Promise<AddPagesResult>;
}

export type Navigate = (
  change: Partial<Omit<ViewState, 'notice' | 'problems'>>,
  opts?: { replace?: boolean },
) => void;

export interface ViewContextValue extends ViewState {
  /** Changes any part of the view; pushes a history entry unless `replace`. */
  navigate: Navigate;
  setTab(tab: Tab): void;
  setSwitches(switches: Switches): void;
  setFilters(filters: Filters): void;
  /** Merges view-specific parameters ('' removes one). */
  setParams(params: Record<string, string>, opts?: { replace?: boolean }): void;
}

export const DatasetContext = createContext<DatasetContextValue | null>(null);
export const ViewContext = createContext<ViewContextValue | null>(null);

export function useDataset(): DatasetContextValue {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useDataset outside <DatasetProvider>');
  return value;
}

export function useView(): ViewContextValue {
  const value = useContext(ViewContext);
  if (!value) throw new Error('useView outside <ViewProvider>');
  return value;
}
