export { loadDataset, type LoadInput, type LoadOptions } from './load-dataset';
export { LoadCancelled } from './load-cancelled';
export { UnmappedHeadersError, suggestMapping } from './resolve-columns';
export {
  FileReadError,
  MAX_FILE_BYTES,
  MAX_STREAMED_BYTES,
  type InputFile,
  type RawTable,
} from './raw-table';
export { assertSizeOf, sizeLimitFor } from './detect-format';
export { readFile } from './read-file';
export type {
  LoadReport,
  LoadIssue,
  RowAccounting,
  DatasetInfo,
  ColumnMapping,
  Layout,
  PageImportSummary,
} from './load-types';
export { addPages, checkPages, loadWithPages } from './session-pages';
export { reportWithPages } from './report-with-pages';
export type { AddPagesResult, ImportedPage, PageCheck } from './page-import';
export { browserParallelLoading } from './cut-workers';
