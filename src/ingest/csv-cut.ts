/**
 * Cuts a delimited file's bytes at record boundaries, so that workers can each parse a cut on
 * their own (src/ingest/parallel-load.ts) and number its rows and lines as the whole file would.
 *
 * The scan follows csv-parse.ts's rules on the bytes: a quote opens a quoted value only at the
 * start of a field, "" inside one is a quote, a record ends at LF, CRLF or CR outside quotes,
 * and a line with nothing on it is no record. Quotes, delimiters and line breaks are ASCII, and
 * no byte of a multi-byte UTF-8 character is, so the bytes can be read without decoding them.
 * On a malformed file the cuts agree with the parser up to the first error, which is all that
 * is reported: the cut holding it is parsed from the record where it starts.
 */

const QUOTE = 34;
const CR = 13;
const LF = 10;

export interface CsvCut {
  /** Byte offsets in the file: [start, end). */
  start: number;
  end: number;
  /** Data row number of the cut's first record (the header is row 0). */
  firstRow: number;
  /** Physical line of the file at `start`. */
  firstLine: number;
  /** Records (not blank lines) in the cut. */
  rows: number;
}

/** Where the header ends: the first data byte and its line. */
export interface CsvBodyStart {
  start: number;
  line: number;
}

/** The first byte after the header record (the first record that is not a blank line). */
export function bodyStart(bytes: Uint8Array, delimiter: string): CsvBodyStart {
  const delim = delimiter.charCodeAt(0);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const at = scanFrom(bom);
  // Blank lines before the header are skipped, as the parser skips them.
  while (at.pos < bytes.length && !skipRecord(bytes, at, delim));
  return { start: at.pos, line: 1 + at.lines };
}

export interface CutOptions {
  delimiter: string;
  /** A cut ends after the record that reaches this many bytes… */
  maxBytes: number;
  /** …or this many records, whichever comes first. */
  maxRows: number;
}

/** The cuts of the data records from `body` to the end of the file, lazily. */
export function* cutRecords(
  bytes: Uint8Array,
  body: CsvBodyStart,
  opts: CutOptions,
): Generator<CsvCut> {
  const delim = opts.delimiter.charCodeAt(0);
  const at = scanFrom(body.start);
  let row = 1;
  let line = body.line;
  while (at.pos < bytes.length) {
    const start = at.pos;
    const limit = start + opts.maxBytes;
    let rows = 0;
    at.lines = 0;
    while (at.pos < bytes.length && rows < opts.maxRows && at.pos < limit)
      if (skipRecord(bytes, at, delim)) rows++;
    yield { start, end: at.pos, firstRow: row, firstLine: line, rows };
    row += rows;
    line += at.lines;
  }
}

/**
 * Where a scan is, and the next quote, LF and CR at or after where each was last looked for.
 * The scan finds them with indexOf, which runs at memory speed, instead of a loop over every
 * byte: the cuts are made on the page's thread, which also adds the workers' results up. The
 * positions only move forward, so each byte is searched at most once for each of the three.
 */
interface Scan {
  pos: number;
  lines: number;
  quote: number;
  lf: number;
  cr: number;
}

const scanFrom = (pos: number): Scan => ({ pos, lines: 0, quote: -1, lf: -1, cr: -1 });

/** The first `byte` at or after `from`, or the end. */
function find(b: Uint8Array, byte: number, from: number): number {
  const k = b.indexOf(byte, from);
  return k < 0 ? b.length : k;
}

/**
 * Moves `at` past one record (or blank line) and its line break, counting the line breaks it
 * crossed. Returns whether it was a record.
 */
function skipRecord(b: Uint8Array, at: Scan, delim: number): boolean {
  const n = b.length;
  const first = b[at.pos];
  if (first === LF || first === CR) {
    at.pos = first === CR && b[at.pos + 1] === LF ? at.pos + 2 : at.pos + 1;
    at.lines++;
    return false;
  }
  const recordStart = at.pos;
  let i = recordStart;
  for (;;) {
    if (at.quote < i) at.quote = find(b, QUOTE, i);
    if (at.lf < i) at.lf = find(b, LF, i);
    if (at.cr < i) at.cr = find(b, CR, i);
    const end = Math.min(at.lf, at.cr);
    if (at.quote >= end) {
      // No quote before the line break: the record ends there.
      if (end >= n) at.pos = n;
      else {
        at.pos = b[end] === CR && b[end + 1] === LF ? end + 2 : end + 1;
        at.lines++;
      }
      return true;
    }
    const open = at.quote;
    // A quote opens a quoted value only at the start of a field; elsewhere it is a character.
    if (open !== recordStart && b[open - 1] !== delim) {
      i = open + 1;
      continue;
    }
    let close = open + 1;
    for (;;) {
      close = b.indexOf(QUOTE, close);
      if (close < 0) {
        // Never closed: the parser refuses this record; the cut runs to the end.
        at.lines += lineBreaks(b, at, open + 1, n);
        at.pos = n;
        return true;
      }
      if (b[close + 1] !== QUOTE) break;
      close += 2;
    }
    at.lines += lineBreaks(b, at, open + 1, close);
    i = close + 1;
  }
}

/** Line breaks in b[from, to): LF, CRLF and lone CR each count once, as csv-parse.ts counts. */
function lineBreaks(b: Uint8Array, at: Scan, from: number, to: number): number {
  let count = 0;
  if (at.lf < from) at.lf = find(b, LF, from);
  for (; at.lf < to; at.lf = find(b, LF, at.lf + 1)) count++;
  if (at.cr < from) at.cr = find(b, CR, from);
  for (; at.cr < to; at.cr = find(b, CR, at.cr + 1))
    if (at.cr + 1 >= to || b[at.cr + 1] !== LF) count++;
  return count;
}
