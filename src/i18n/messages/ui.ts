/** Shared building blocks (src/ui, src/tables, src/app/ErrorBoundary). */
export const en = {
  loading: 'Loading…',
  somethingWrong: 'Something went wrong',
  viewFailed: 'This view failed to render',
  exportFailed: 'Export failed: {message}',
  showAsTable: 'Show as table',
  stageStarting: 'Starting',
  stageDuckdb: 'Starting DuckDB',
  stageLoading: 'Loading {name}',
  stageNormalising: 'Normalising {name}',
  stageBuilding: 'Building tables',
  stageReady: 'Ready',
  previous: 'Previous',
  next: 'Next',
  pageOf: 'Page {page} of {pages} ({rows, plural, one {{rowsText} row} other {{rowsText} rows}})',
} as const;
