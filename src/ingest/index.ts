export { loadDataset, type LoadInput, type LoadOptions } from './load-dataset';
export { UnmappedHeadersError, suggestMapping } from './resolve-columns';
export { FileReadError, MAX_FILE_BYTES, type InputFile, type RawTable } from './raw-table';
export { readFile } from './read-file';
export type {
  LoadReport,
  LoadIssue,
  RowAccounting,
  DatasetInfo,
  ColumnMapping,
  Layout,
} from './load-types';
