import type { Connector } from '../db/connector';
import { detectFormat } from './detect-format';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { FileReadError, type InputFile, type RawTable } from './raw-table';

/** Any supported file → RawTable. CSV goes through DuckDB; JSON, Parquet and XLSX through JS. */
export async function readFile(conn: Connector, file: InputFile): Promise<RawTable> {
  const format = detectFormat(file);
  const table = await readAs(conn, file, format);
  if (table.headers.length === 0) throw new FileReadError(file.name, 'no header row was found');
  return table;
}

function readAs(conn: Connector, file: InputFile, format: RawTable['format']): Promise<RawTable> {
  switch (format) {
    case 'csv':
      return readCsv(conn, file);
    case 'tsv':
      return readCsv(conn, file, '\t');
    case 'json':
      return Promise.resolve(readJson(file));
    // Parquet and Excel readers (hyparquet, read-excel-file) load only when such a file is chosen.
    case 'parquet':
      return import('./read-parquet').then((m) => m.readParquet(file));
    case 'xlsx':
      return import('./read-xlsx').then((m) => m.readXlsx(file));
  }
}
