import type { Connector } from '../db/connector';
import { quoteLiteral } from '../lib/sql-quote';
import { sniffHeader } from './csv-first-record';
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
    const head = new TextDecoder().decode(file.bytes.subarray(0, 1 << 20));
    const sniffed = sniffHeader(head, delimiter);
    const columns = Array.from(
      { length: sniffed.columns },
      (_, i) => `${quoteLiteral(`c${i}`)}: 'VARCHAR'`,
    );
    const options = [
      'auto_detect = false',
      'header = false',
      'strict_mode = true',
      'null_padding = false',
      "quote = '\"'",
      "escape = '\"'",
      `delim = ${quoteLiteral(sniffed.delimiter)}`,
      'max_line_size = 67108864',
      `columns = {${columns.join(', ')}}`,
    ].join(', ');
    const { columns: cols } = await conn.queryColumns(
      `SELECT * FROM read_csv(${quoteLiteral(name)}, ${options})`,
    );
    const height = cols[0]?.length ?? 0;
    if (height === 0) throw new FileReadError(file.name, 'the file is empty');
    const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const rows: string[][] = new Array(height - 1);
    for (let r = 1; r < height; r++) rows[r - 1] = cols.map((c) => text(c[r]));
    return {
      fileName: file.name,
      format: sniffed.delimiter === '\t' ? 'tsv' : 'csv',
      headers: cols.map((c) => text(c[0]).replace(/^\uFEFF/, '')),
      rows,
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
  const line = /CSV Error on Line:\s*(\d+)/i.exec(msg)?.[1];
  const columns = /Expected Number of Columns:\s*(\d+)\s*Found:\s*(\d+)/i.exec(msg);
  const original = /Original Line:\s*(.*)/i.exec(msg)?.[1]?.slice(0, 120);
  const reason = columns
    ? `expected ${columns[1]} columns (as in the header), found ${columns[2]}`
    : /unterminated quote/i.test(msg)
      ? 'a quoted value is never closed'
      : (msg.split('\n').find((l) => l.trim() !== '') ?? msg).replace(/^.*Error:\s*/, '');
  if (!line) return `not a readable CSV: ${reason}`;
  return `malformed CSV at line ${line}: ${reason}${original ? ` (the line starts: ${original})` : ''}`;
}
