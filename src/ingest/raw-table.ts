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

/** Files larger than this are refused before parsing, so the tab never runs out of memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
