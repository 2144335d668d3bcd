/**
 * A streaming RFC 4180 reader for delimited text: the bytes are decoded a few MB at a time and
 * records come out in batches, so a file of a million rows never exists as one JS string (V8
 * caps strings at 2^29 characters) nor as one array of every cell. Cells are kept exactly as
 * written: no trimming, no type guessing; "" inside a quoted value is one quote.
 *
 * Rules (each refusal names the line where the record starts, as a text editor counts lines):
 * - a record ends at LF, CRLF or CR, whichever the file uses, even mixed (line breaks inside
 *   quoted values are part of the value);
 * - a line with nothing on it is no record;
 * - every record has as many fields as the header;
 * - a quote opens a quoted value only at the start of a field; elsewhere it is a character;
 * - a quoted value ends at a lone quote, which a delimiter or the end of the line must follow;
 * - the bytes are UTF-8 (a BOM is dropped).
 */
import { decodeInSteps } from '../lib/decode-steps';

export class CsvSyntaxError extends Error {
  constructor(
    /** 1-based physical line where the offending record starts, or null for the whole file. */
    readonly line: number | null,
    readonly reason: string,
    /** The start of that line, for the message. */
    readonly lineStart: string | null = null,
  ) {
    super(line === null ? reason : `line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

export interface CsvBatch {
  rows: string[][];
  /** 1-based data row of rows[0] (the header is row 0). */
  firstRow: number;
  /** Bytes of the file decoded so far, for a progress bar. */
  bytesDone: number;
}

export interface CsvReader {
  headers: string[];
  /**
   * The data records, in batches of about `batchRows`. With `keep`, only the cells of columns
   * whose entry is 1 are read out; the others come as '' (every field is still checked, so a
   * malformed record is refused the same way).
   */
  batches(keep?: Uint8Array): Generator<CsvBatch>;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const CHUNK_BYTES = 8 << 20;

export interface CsvOptions {
  delimiter: string;
  batchRows?: number;
  /** Decoding step; small values exercise the chunk seams in tests. */
  chunkBytes?: number;
}

/** Opens `bytes` for reading: parses the header at once, the rest as batches() is iterated. */
export function openCsv(bytes: Uint8Array, opts: CsvOptions): CsvReader {
  const source = new ChunkedText(bytes, opts.chunkBytes ?? CHUNK_BYTES);
  const delim = opts.delimiter.charCodeAt(0);
  const header = nextRecord(source, delim, null);
  if (header === null) throw new CsvSyntaxError(null, 'the file is empty');
  return {
    headers: header,
    batches: (keep) => recordBatches(source, delim, header.length, 1, opts.batchRows, keep),
  };
}

/** Where a cut of a file's data records starts (src/ingest/csv-cut.ts). */
export interface CsvBodyOptions extends CsvOptions {
  /** Fields per record: the header's. */
  width: number;
  /** Data row number of the cut's first record. */
  firstRow: number;
  /** Physical line of the file where the cut starts. */
  firstLine: number;
}

/**
 * The data records of a cut of a file that starts at a record boundary, with the rows and lines
 * numbered as in the whole file: a worker reads one cut while others read theirs. `bytesDone`
 * counts from the cut's start.
 */
export function openCsvBody(bytes: Uint8Array, opts: CsvBodyOptions): Pick<CsvReader, 'batches'> {
  const source = new ChunkedText(bytes, opts.chunkBytes ?? CHUNK_BYTES, opts.firstLine, true);
  const delim = opts.delimiter.charCodeAt(0);
  return {
    batches: (keep) =>
      recordBatches(source, delim, opts.width, opts.firstRow, opts.batchRows, keep),
  };
}

function* recordBatches(
  source: ChunkedText,
  delim: number,
  width: number,
  firstRow: number,
  batchRows = 10_000,
  keep?: Uint8Array,
): Generator<CsvBatch> {
  source.width = width;
  let rows: string[][] = [];
  let row = firstRow - 1;
  let first = firstRow;
  for (;;) {
    const cells = nextRecord(source, delim, keep ?? null);
    if (cells === null) break;
    row++;
    if (cells.length !== width) {
      throw new CsvSyntaxError(
        source.recordLine,
        `expected ${width} columns (as in the header), found ${cells.length}`,
        source.recordText(120),
      );
    }
    rows.push(cells);
    if (rows.length >= batchRows) {
      yield { rows, firstRow: first, bytesDone: source.bytesDone };
      first = row + 1;
      rows = [];
    }
  }
  if (rows.length > 0) yield { rows, firstRow: first, bytesDone: source.bytesDone };
}

/** Reads the next non-blank record, or null at the end of the file. */
function nextRecord(src: ChunkedText, delim: number, keep: Uint8Array | null): string[] | null {
  for (;;) {
    const rec = src.parse(delim, keep);
    if (rec === null) return null;
    if (rec !== BLANK) return rec;
  }
}

const BLANK: string[] = [];
const INCOMPLETE = -1;

/**
 * The decoded text with a read position. Parsing works on the current chunk; a record cut by
 * the chunk's end is parsed again once the next chunk is appended to what was left.
 */
class ChunkedText {
  private text = '';
  private pos = 0;
  private offset = 0;
  private final = false;
  private readonly decoder: TextDecoder;
  /** Physical line (1-based) at `pos`. */
  line: number;
  /** Line where the record just parsed started. */
  recordLine: number;
  private recordPos = 0;
  /**
   * Fields expected per record (0: unknown, as for the header). Each record's array is made
   * this long at once: filled by push, an array of 171 cells grew four times and allocated
   * 2.8× its final size, the largest share of a large load's garbage.
   */
  width = 0;

  /** `cut`: the bytes start inside a file (at line `firstLine`), where a BOM is a character. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly chunkBytes: number,
    private readonly firstLine = 1,
    cut = false,
  ) {
    this.line = this.recordLine = firstLine;
    this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: cut });
  }

  get bytesDone(): number {
    return this.offset;
  }

  recordText(max: number): string {
    const rest = this.text.slice(this.recordPos, this.recordPos + max * 4);
    return (/^[^\r\n]*/.exec(rest)?.[0] ?? '').slice(0, max);
  }

  /** One record from the current position: cells, BLANK for an empty line, null at the end. */
  parse(delim: number, keep: Uint8Array | null): string[] | null {
    for (;;) {
      if (this.pos >= this.text.length && this.final) return null;
      const cells: string[] = this.width > 0 ? new Array<string>(this.width) : [];
      const start = this.pos;
      const lines = this.parseAt(delim, keep, cells);
      if (lines !== INCOMPLETE) {
        this.recordLine = this.line;
        this.recordPos = start;
        this.line += lines;
        if (cells.length === 1 && cells[0] === '' && this.text.charCodeAt(start) !== QUOTE)
          return BLANK;
        return cells;
      }
      this.pos = start;
      if (this.final) return null;
      this.more();
    }
  }

  /** Appends the next chunk to the unparsed rest of the text. */
  private more(): void {
    const end = Math.min(this.bytes.length, this.offset + this.chunkBytes);
    const last = end >= this.bytes.length;
    let decoded: string;
    try {
      decoded = decodeInSteps(this.decoder, this.bytes.subarray(this.offset, end), !last);
    } catch {
      const at = firstInvalidUtf8(this.bytes, this.offset);
      throw new CsvSyntaxError(
        this.firstLine - 1 + lineAtByte(this.bytes, at),
        'the file is not UTF-8 text (save it as "CSV UTF-8")',
      );
    }
    this.text = this.text.slice(this.pos) + decoded;
    this.recordPos -= this.pos;
    this.pos = 0;
    this.offset = end;
    this.final = last;
  }

  /**
   * Parses one record at `pos` into `cells` and moves past its line break. Returns the number
   * of line breaks consumed, or INCOMPLETE when the text ends before the record does and more
   * may follow. A cell whose column `keep` leaves out is pushed as '' without being sliced:
   * on OGP's export 39 of the 171 columns are never read (the other 132 include 86 policy-area
   * 0/1 columns), and their cells need no string.
   */
  private parseAt(delim: number, keep: Uint8Array | null, cells: string[]): number {
    const s = this.text;
    const n = s.length;
    const final = this.final;
    let i = this.pos;
    let lines = 0;
    let k = 0;
    for (;;) {
      if (i >= n) {
        if (!final) return INCOMPLETE;
        cells[k++] = '';
        if (cells.length !== k) cells.length = k;
        this.pos = n;
        return lines;
      }
      let c = s.charCodeAt(i);
      if (c === QUOTE) {
        let j = i + 1;
        let escaped = false;
        let close: number;
        for (;;) {
          close = s.indexOf('"', j);
          if (close < 0 || close + 1 >= n) {
            if (!final) return INCOMPLETE;
            if (close < 0) {
              this.recordLine = this.line;
              this.recordPos = this.pos;
              throw new CsvSyntaxError(
                this.line,
                'a quoted value is never closed',
                this.recordText(120),
              );
            }
          }
          if (s.charCodeAt(close + 1) === QUOTE) {
            escaped = true;
            j = close + 2;
            continue;
          }
          break;
        }
        if (keep === null || keep[k] === 1) {
          const value = s.slice(i + 1, close);
          if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)
            lines += lineBreaks(value, 0, value.length);
          cells[k++] = escaped ? value.replaceAll('""', '"') : value;
        } else {
          lines += lineBreaks(s, i + 1, close);
          cells[k++] = '';
        }
        i = close + 1;
        if (i >= n) {
          if (cells.length !== k) cells.length = k;
          this.pos = n;
          return lines;
        }
        c = s.charCodeAt(i);
        if (c === delim) {
          i++;
          continue;
        }
        if (c !== CR && c !== LF) {
          this.recordLine = this.line + lines;
          this.recordPos = this.pos;
          throw new CsvSyntaxError(
            this.line,
            'text follows the closing quote of a quoted value (a quote inside a quoted value must be doubled: "")',
            this.recordText(120),
          );
        }
      } else {
        let j = i;
        while (j < n) {
          c = s.charCodeAt(j);
          if (c === delim || c === CR || c === LF) break;
          j++;
        }
        cells[k] =
          keep !== null && keep[k] !== 1 ? '' : j - i > 1 ? s.slice(i, j) : shortCell(s, i, j);
        k++;
        if (j >= n) {
          if (!final) return INCOMPLETE;
          if (cells.length !== k) cells.length = k;
          this.pos = n;
          return lines;
        }
        if (c === delim) {
          i = j + 1;
          continue;
        }
        i = j;
      }
      // At a line break: CRLF may be split across chunks.
      if (cells.length !== k) cells.length = k;
      if (c === CR) {
        if (i + 1 >= n && !final) return INCOMPLETE;
        this.pos = s.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      } else {
        this.pos = i + 1;
      }
      return lines + 1;
    }
  }
}

/** Every ASCII character as a string, made once. */
const ASCII_CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * An empty or one-character cell without a call to slice: OGP's export has 86 policy-area
 * columns of 0 or 1 and many empty cells, which made that call a measurable share of a row.
 */
function shortCell(s: string, i: number, j: number): string {
  if (j === i) return '';
  const c = s.charCodeAt(i);
  return c < 128 ? ASCII_CHARS[c]! : s.slice(i, j);
}

/** Line breaks in s[from, to) (a quoted value): LF, CRLF and lone CR each count once. */
function lineBreaks(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === LF) n++;
    else if (c === CR && (k + 1 >= to || s.charCodeAt(k + 1) !== LF)) n++;
  }
  return n;
}

/** Offset of the first byte that is not well-formed UTF-8, scanning from `from`. */
export function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  // Back up to a character boundary: `from` may fall inside a character the decoder held over.
  let i = from;
  while (i > 0 && i > from - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    if (i + need >= bytes.length && need > 0) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlongs, surrogates and code points past U+10FFFF.
    const b1 = bytes[i + 1] ?? 0;
    if (b === 0xe0 && b1 < 0xa0) return i;
    if (b === 0xed && b1 > 0x9f) return i;
    if (b === 0xf0 && b1 < 0x90) return i;
    if (b === 0xf4 && b1 > 0x8f) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** The 1-based line holding byte `at`. */
function lineAtByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const b = bytes[i];
    if (b === LF || (b === CR && bytes[i + 1] !== LF)) line++;
  }
  return line;
}
