import type { Connector } from '../db/connector';
import { quoteLiteral } from '../lib/sql-quote';
import { FileReadError, type InputFile, type RawTable } from './raw-table';

let counter = 0;

/**
 * CSV/TSV through DuckDB's reader (BOM, CRLF, quoted fields with commas, quotes and newlines).
 * header=false keeps the header text exactly as written (DuckDB would rename duplicates) and
 * all_varchar keeps every cell as text; strict mode turns ragged rows into an error.
 */
export async function readCsv(
  conn: Connector,
  file: InputFile,
  delimiter?: ',' | '\t',
): Promise<RawTable> {
  const name = `upload_${++counter}_${file.name.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  await conn.registerFile(name, file.bytes);
  try {
    const options = [
      'header = false',
      'all_varchar = true',
      'strict_mode = true',
      'null_padding = false',
      "quote = '\"'",
      "escape = '\"'",
      'sample_size = -1',
      'max_line_size = 67108864',
      ...(delimiter ? [`delim = ${quoteLiteral(delimiter)}`] : []),
    ].join(', ');
    const rows = await conn.query(`SELECT * FROM read_csv(${quoteLiteral(name)}, ${options})`);
    const [head, ...data] = rows;
    if (!head) throw new FileReadError(file.name, 'the file is empty');
    const keys = Object.keys(head);
    const cell = (r: Record<string, unknown>, k: string) => {
      const x = r[k];
      return x === null || x === undefined ? '' : String(x);
    };
    return {
      fileName: file.name,
      format: delimiter === '\t' ? 'tsv' : 'csv',
      headers: keys.map((k) => cell(head, k).replace(/^\uFEFF/, '')),
      rows: data.map((r) => keys.map((k) => cell(r, k))),
    };
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(file.name, csvErrorMessage(e));
  } finally {
    await conn.dropFile(name);
  }
}

function csvErrorMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const line = /line[:\s]+(\d+)/i.exec(msg)?.[1];
  const first = msg.split('\n').find((l) => l.trim() !== '') ?? msg;
  return line
    ? `malformed CSV near line ${line}: ${first.replace(/^.*Error:\s*/, '')}`
    : `not a readable CSV: ${first}`;
}
