/** What loading reports back: the row accounting, every issue, and the dataset's provenance. */
export type Severity = 'error' | 'warning' | 'info';

export interface LoadIssue {
  file: string;
  /** 1-based data row (the header is row 0); null for file-level issues. */
  row: number | null;
  column: string | null;
  value: string | null;
  severity: Severity;
  message: string;
}

export interface RowAccounting {
  read: number;
  loaded: number;
  rejected: number;
  skipped: number;
}

export type Layout = 'ogp_export' | 'canonical' | 'mapped';

export interface DatasetInfo {
  id: string;
  name: string;
  simulated: boolean;
  files: string[];
  layout: Layout;
  /** ISO timestamp of the load. */
  loadedAt: string;
  /** The date used to decide "pending IRM review" (YYYY-MM-DD). */
  asOf: string;
}

export interface LoadReport {
  dataset: DatasetInfo;
  rows: RowAccounting;
  issues: LoadIssue[];
  /** Action plans loaded from an action-plans file, if one was given. */
  actionPlans: RowAccounting | null;
  /** Records added afterwards from OGP pages (page import), if any. */
  pages?: PageImportSummary;
}

export interface PageImportSummary {
  /** Every page added to the session, in order. */
  pages: { name: string; kind: 'commitment' | 'action_plan'; id: string }[];
  commitments: number;
  actionPlans: number;
}

/** A user's header → canonical column mapping, remembered per header signature. */
export type ColumnMapping = Record<string, string>;
