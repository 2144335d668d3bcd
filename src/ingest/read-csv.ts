import { sniffHeader } from './csv-first-record';
import { CsvSyntaxError, openCsv } from './csv-parse';
import { FileReadError, type InputFile, type RowSource } from './raw-table';

/**
 * CSV/TSV as a stream of row batches (src/ingest/csv-parse.ts): BOM, CRLF/LF/CR, quoted fields
 * with delimiters, quotes and line breaks; every cell kept as written text. The header is read
 * at once, so a file that cannot even start is refused before anything is loaded.
 */
export function openDelimited(file: InputFile, delimiter?: ',' | '\t'): RowSource {
  const head = new TextDecoder().decode(file.bytes.subarray(0, 1 << 20));
  const sniffed = sniffHeader(head, delimiter);
  const reader = guard(file.name, () =>
    openCsv(file.bytes, { delimiter: sniffed.delimiter, batchRows: BATCH_ROWS }),
  );
  return {
    fileName: file.name,
    format: sniffed.delimiter === '\t' ? 'tsv' : 'csv',
    headers: reader.headers,
    bytes: file.bytes.length,
    delimiter: sniffed.delimiter,
    *batches(keep?: Uint8Array) {
      const it = reader.batches(keep);
      for (;;) {
        const next = guard(file.name, () => it.next());
        if (next.done) return;
        yield next.value;
      }
    },
  };
}

/**
 * Rows per batch: the loader normalises a batch and gathers the results into inserts of
 * 20,000 rows (src/ingest/load-dataset.ts); a batch small enough to be garbage while still in
 * V8's young generation costs the collector far less than one that lives to be promoted.
 */
const BATCH_ROWS = 2_000;

function guard<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    throw new FileReadError(fileName, csvMessage(e));
  }
}

/** A CSV refusal as the loader reports it: the line, the reason and how that line starts. */
export function csvMessage(e: CsvSyntaxError): string {
  if (e.line === null) return e.reason;
  const start = e.lineStart ? ` (the line starts: ${e.lineStart})` : '';
  return `malformed CSV at line ${e.line}: ${e.reason}${start}`;
}
