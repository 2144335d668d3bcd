import { detectFormat } from './detect-format';
import { openDelimited } from './read-csv';
import {
  FileReadError,
  rowSourceOf,
  type InputFile,
  type RawTable,
  type RowSource,
} from './raw-table';

/** Any supported file → RawTable, read whole. */
export async function readFile(file: InputFile): Promise<RawTable> {
  const source = await openFile(file);
  const rows: string[][] = [];
  for (const batch of source.batches()) for (const r of batch.rows) rows.push(r);
  return { fileName: source.fileName, format: source.format, headers: source.headers, rows };
}

/**
 * Any supported file → its rows in batches. CSV/TSV stream from the bytes; JSON, Parquet and
 * XLSX are parsed whole (their size limit is lower) and come as one batch.
 */
export async function openFile(file: InputFile): Promise<RowSource> {
  const format = detectFormat(file);
  const source =
    format === 'csv' || format === 'tsv'
      ? openDelimited(file, format === 'tsv' ? '\t' : undefined)
      : rowSourceOf(await readWhole(file, format), file.bytes.length);
  if (source.headers.length === 0) throw new FileReadError(file.name, 'no header row was found');
  return source;
}

function readWhole(file: InputFile, format: 'json' | 'parquet' | 'xlsx'): Promise<RawTable> {
  switch (format) {
    // The JSON, Parquet and Excel readers (hyparquet, read-excel-file) load only when such a
    // file is chosen: the default dataset and most uploads are CSV.
    case 'json':
      return import('./read-json').then((m) => m.readJson(file));
    case 'parquet':
      return import('./read-parquet').then((m) => m.readParquet(file));
    case 'xlsx':
      return import('./read-xlsx').then((m) => m.readXlsx(file));
  }
}
