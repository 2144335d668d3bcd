/** A file as read, before any interpretation: header texts and cells as strings ('' when empty). */
export interface RawTable {
  fileName: string;
  format: FileFormat;
  headers: string[];
  /** Data rows only; row i here is reported to users as row i + 1 (the header is row 0). */
  rows: string[][];
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
 * Files larger than this are refused before parsing, so the tab never runs out of memory. The
 * loader holds every cell of a file as JS text while it normalises: measured (bench/csv-load.ts)
 * at ≈ 11 × the file size in JS heap (74 MB, 100k rows of OGP's export → 842 MB), and a 186 MB
 * file did not finish in 5 minutes. 150 MB ≈ 200k rows of the export layout.
 */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;
