/** A file as read, before any interpretation: header texts and cells as strings ('' when empty). */
export interface RawTable {
  fileName: string;
  format: FileFormat;
  headers: string[];
  /** Data rows only; row i here is reported to users as row i + 1 (the header is row 0). */
  rows: string[][];
}

/** A file's data rows in order, a batch at a time: how a large file is read without holding it all. */
export interface RowSource {
  fileName: string;
  format: FileFormat;
  headers: string[];
  /** Size of the file, for progress. */
  bytes: number;
  /** CSV and TSV: the field separator, for readers that cut the file (parallel-load.ts). */
  delimiter?: string;
  /**
   * Throws FileReadError (naming the line) when a later part of the file cannot be read. With
   * `keep` (1 per column to read), a reader may give '' for the cells of other columns.
   */
  batches(keep?: Uint8Array): Iterable<RowBatch>;
}

export interface RowBatch {
  rows: string[][];
  /** Data row number of rows[0] as reported to users (the header is row 0). */
  firstRow: number;
  /** Bytes of the file read so far. */
  bytesDone: number;
}

/** A table read whole, as one batch. */
export function rowSourceOf(table: RawTable, bytes: number): RowSource {
  return {
    fileName: table.fileName,
    format: table.format,
    headers: table.headers,
    bytes,
    batches: () => [{ rows: table.rows, firstRow: 1, bytesDone: bytes }],
  };
}

export type FileFormat = 'csv' | 'tsv' | 'json' | 'parquet' | 'xlsx';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A file that cannot be read at all: one clear message, nothing half-loaded. */
export class FileReadError extends Error {
  constructor(
    readonly fileName: string,
    readonly detail: string,
  ) {
    super(`Cannot read ${fileName}: ${detail}`);
    this.name = 'FileReadError';
  }
}

/**
 * JSON, Parquet and Excel files larger than this are refused before parsing: their readers hold
 * the whole file as JS values while the loader normalises it (measured at ≈ 11 × the file size
 * in JS heap for the old whole-file CSV path: 74 MB → 842 MB).
 */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

/**
 * CSV and TSV stream through the loader a batch at a time (src/ingest/csv-parse.ts), so the JS
 * heap stays flat; what bounds them is the tab's memory for the file's bytes plus DuckDB's copy
 * of the rows (WebAssembly's 4 GB). Measured: a 744 MB file of 1M rows loads (bench/RESULTS.md).
 */
export const MAX_STREAMED_BYTES = 1024 * 1024 * 1024;
