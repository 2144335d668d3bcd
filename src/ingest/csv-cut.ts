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
export function bodyStart(bytes: Uint8Array, delimiter: string, window = WINDOW): CsvBodyStart {
  const delim = delimiter.charCodeAt(0);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const at = scanFrom(bytes, bom, window);
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
  /** Bytes per indexOf call (64 KB); small values exercise the window edges in tests. */
  window?: number;
}

/** The cuts of the data records from `body` to the end of the file, lazily. */
export function* cutRecords(
  bytes: Uint8Array,
  body: CsvBodyStart,
  opts: CutOptions,
): Generator<CsvCut> {
  const delim = opts.delimiter.charCodeAt(0);
  const at = scanFrom(bytes, body.start, opts.window);
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

/** Bytes one indexOf call looks through at most. */
const WINDOW = 1 << 16;

/**
 * The next position of one byte value, found with indexOf (memory speed) instead of a loop over
 * every byte: the cuts are made on the page's thread, which also adds the workers' results up.
 * It looks a window at a time: a byte the file never holds (CR in a file with LF line ends,
 * quotes in one without quoted values) is then not looked for to the end of the file in one
 * call, which kept the page's thread busy for 0.76 s on 744 MB before the first cut could go to
 * a worker (twice: once for the header, once for the cuts).
 */
class NextByte {
  /** A position holding the byte, with none between where the search started and it; or -1. */
  private hit = -1;
  /** Searched up to here without a hit. */
  private clear = 0;

  constructor(
    private readonly b: Uint8Array,
    private readonly byte: number,
    private readonly window: number,
  ) {}

  /** The first position in [from, to) holding the byte, or `to`. `from` only moves forward. */
  within(from: number, to: number): number {
    if (this.hit >= from) return this.hit < to ? this.hit : to;
    const n = this.b.length;
    for (let s = from > this.clear ? from : this.clear; s < to;) {
      // A whole window even when `to` is nearer: the next calls are answered from it.
      const end = Math.min(n, s + this.window);
      const k = this.b.subarray(s, end).indexOf(this.byte);
      if (k >= 0) {
        this.hit = this.clear = s + k;
        return this.hit < to ? this.hit : to;
      }
      this.clear = s = end;
    }
    return to;
  }
}

/** Where a scan is, the line breaks it crossed, and the next quote, LF and CR. */
interface Scan {
  pos: number;
  lines: number;
  window: number;
  quote: NextByte;
  lf: NextByte;
  cr: NextByte;
}

const scanFrom = (b: Uint8Array, pos: number, window = WINDOW): Scan => ({
  pos,
  lines: 0,
  window,
  quote: new NextByte(b, QUOTE, window),
  lf: new NextByte(b, LF, window),
  cr: new NextByte(b, CR, window),
});

/** The first LF or CR at or after `from`, or the end, looking a window at a time. */
function lineEnd(at: Scan, from: number, n: number): number {
  for (let lo = from; ; lo += at.window) {
    const hi = Math.min(n, lo + at.window);
    const end = at.cr.within(lo, at.lf.within(lo, hi));
    if (end < hi || hi >= n) return end;
  }
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
    const end = lineEnd(at, i, n);
    const open = at.quote.within(i, end);
    if (open >= end) {
      // No quote before the line break: the record ends there.
      if (end >= n) at.pos = n;
      else {
        at.pos = b[end] === CR && b[end + 1] === LF ? end + 2 : end + 1;
        at.lines++;
      }
      return true;
    }
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
  for (let k = at.lf.within(from, to); k < to; k = at.lf.within(k + 1, to)) count++;
  for (let k = at.cr.within(from, to); k < to; k = at.cr.within(k + 1, to))
    if (k + 1 >= to || b[k + 1] !== LF) count++;
  return count;
}
