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
    throw new FileReadError(file.name, csvErrorMessage(e, file.bytes));
  } finally {
    await conn.dropFile(name);
  }
}

function csvErrorMessage(e: unknown, bytes: Uint8Array): string {
  const msg = e instanceof Error ? e.message : String(e);
  // DuckDB takes the line ending from the first line break and then stops at any other kind,
  // with a message about quotes or its parser state; the real cause is worth naming.
  if (/state machine|unterminated quote/i.test(msg)) {
    const { rows, first } = lineBreaks(bytes);
    if (rows.length > 1)
      return `not a readable CSV: the file mixes ${rows.join(' and ')} line endings; save it again with one kind of line ending`;
    if (first !== null && rows[0] !== undefined && first !== rows[0])
      return `not a readable CSV: the rows end with ${rows[0]}, but a quoted value in the first row holds ${first === 'LF' ? 'an' : 'a'} ${first} line break, which the reader takes for the file's line ending; remove that line break or save the file again with one kind of line ending`;
  }
  const line = /CSV Error on Line:\s*(\d+)/i.exec(msg)?.[1];
  const columns = /Expected Number of Columns:\s*(\d+)\s*Found:\s*(\d+)/i.exec(msg);
  const original = /Original Line:\s*(.*)/i.exec(msg)?.[1]?.slice(0, 120);
  const reason = columns
    ? `expected ${columns[1]} columns (as in the header), found ${columns[2]}`
    : /unterminated quote/i.test(msg)
      ? 'a quoted value is never closed'
      : /invalid unicode/i.test(msg)
        ? 'the file is not UTF-8 text (save it as "CSV UTF-8")'
        : /state machine/i.test(msg)
          ? 'the line breaks are inconsistent (for example, a quoted value holds an LF in a CRLF file); save the file again with one kind of line ending'
          : // DuckDB's own words: the first line that is not its "CSV Error on Line" preamble.
            (
              msg
                .split('\n')
                .find((l) => l.trim() !== '' && !/CSV Error on Line|^Original Line/i.test(l)) ?? msg
            ).replace(/^.*Error:\s*/, '');
  if (!line) return `not a readable CSV: ${reason}`;
  return `malformed CSV at line ${line}: ${reason}${original ? ` (the line starts: ${original})` : ''}`;
}

/**
 * The kinds of line break between records (outside quoted values; the scan stops at a second
 * kind), and the kind of the very first line break, quoted or not: the one DuckDB goes by.
 */
function lineBreaks(bytes: Uint8Array): { rows: string[]; first: string | null } {
  const rows = new Set<string>();
  let first: string | null = null;
  let inQuotes = false;
  for (let i = 0; i < bytes.length && rows.size < 2; i++) {
    const b = bytes[i];
    if (b === 0x22) inQuotes = !inQuotes;
    if (b !== 0x0a && b !== 0x0d) continue;
    const kind = b === 0x0a ? 'LF' : bytes[i + 1] === 0x0a ? 'CRLF' : 'CR';
    if (kind === 'CRLF') i++;
    first ??= kind;
    if (!inQuotes) rows.add(kind);
  }
  return { rows: [...rows], first };
}
