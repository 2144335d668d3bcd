import {
  Bool,
  Dictionary,
  Float64,
  Int32,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import type { ColumnSpec } from './connector';

/**
 * Serialises columns to an Arrow IPC stream with explicit types: Utf8 (dictionary-encoded when a
 * column repeats a few values, which DuckDB reads as plain VARCHAR), Int32, Float64, Bool.
 * We hand DuckDB bytes, not a Table: DuckDB-WASM bundles its own apache-arrow, and its
 * insertArrowTable silently inserts nothing when given a Table built by another copy.
 */
export function columnsToArrowIPC(
  columns: readonly ColumnSpec[],
  data: Record<string, readonly unknown[]>,
): Uint8Array {
  return tableToIPC(columnsToArrow(columns, data), 'stream');
}

/**
 * Builds the vectors from raw buffers. Not vectorFromArray: apache-arrow's builders compile
 * their null check with `Function(...)`, which the app's Content-Security-Policy (no
 * 'unsafe-eval') refuses in the browser. null and undefined are nulls; other values are
 * coerced as the builders would (String, Int32/Float64 typed-array assignment, truthiness).
 */
export function columnsToArrow(
  columns: readonly ColumnSpec[],
  data: Record<string, readonly unknown[]>,
): Table {
  const vectors: Record<string, Vector> = {};
  for (const col of columns) {
    const values = data[col.name];
    if (!values) throw new Error(`insertColumns: no data for column ${col.name}`);
    vectors[col.name] = VECTOR_OF[col.type](values);
  }
  return new Table(vectors);
}

const isNull = (v: unknown) => v === null || v === undefined;

const VECTOR_OF: Record<ColumnSpec['type'], (values: readonly unknown[]) => Vector> = {
  VARCHAR: utf8Vector,
  INTEGER: (values) =>
    makeVector(
      makeData({
        type: new Int32(),
        length: values.length,
        data: numbers(values, new Int32Array(values.length)),
        ...validity(values),
      }),
    ),
  DOUBLE: (values) =>
    makeVector(
      makeData({
        type: new Float64(),
        length: values.length,
        data: numbers(values, new Float64Array(values.length)),
        ...validity(values),
      }),
    ),
  BOOLEAN: boolVector,
};

function validity(values: readonly unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (isNull(v)) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

function utf8Vector(values: readonly unknown[]): Vector {
  const strings = stringsOf(values);
  return dictionaryVector(strings, values) ?? makeVector(utf8Data(strings, validity(values)));
}

/**
 * The column's values as strings, null as ''. The normaliser's columns hold only strings and
 * nulls: they are read as they are (`?? ''` where read) instead of copied into a new array,
 * 20,000 rows × 92 columns of garbage per cut of a large file.
 */
function stringsOf(values: readonly unknown[]): readonly (string | null | undefined)[] {
  for (const v of values)
    if (typeof v !== 'string' && !isNull(v)) return values.map((x) => (isNull(x) ? '' : String(x)));
  return values as readonly (string | null | undefined)[];
}

function utf8Data(
  strings: readonly (string | null | undefined)[],
  nulls: { nullBitmap: Uint8Array; nullCount: number } | Record<string, never> = {},
) {
  const { bytes, valueOffsets } = encodeJoined(strings) ?? encodeEach(strings);
  return makeData({
    type: new Utf8(),
    length: strings.length,
    valueOffsets,
    data: bytes,
    ...nulls,
  });
}

/**
 * The whole column in one TextEncoder call, the offsets from each string's UTF-8 length (its
 * UTF-16 length when it is ASCII, which most cells are). In Chromium a TextEncoder call costs
 * more than encoding a short cell, and long cells (descriptions) went one call each. Null when
 * a string holds a lone surrogate: joined to its neighbour it could pair up and encode
 * differently than alone; or when the column is too long to join.
 */
function encodeJoined(
  strings: readonly (string | null | undefined)[],
): { bytes: Uint8Array; valueOffsets: Int32Array } | null {
  const valueOffsets = new Int32Array(strings.length + 1);
  let at = 0;
  let chars = 0;
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i] ?? '';
    chars += s.length;
    if (chars > MAX_JOINED) return null;
    const n = NON_ASCII.test(s) ? utf8Length(s) : s.length;
    if (n < 0) return null;
    at += n;
    valueOffsets[i + 1] = at;
  }
  const bytes = new Uint8Array(at);
  // join writes null and undefined as '', as above.
  if (at > 0 && encoder.encodeInto(strings.join(''), bytes).written !== at) return null;
  return { bytes, valueOffsets };
}

const NON_ASCII = /[^\0-\x7f]/;
/** Well under V8's longest string (2^29 - 24 characters). */
const MAX_JOINED = 1 << 28;

/** UTF-8 bytes of `s`, or -1 when it holds a lone surrogate. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c < 0xd800 || c > 0xdfff) n += 3;
    else {
      const d = c <= 0xdbff ? s.charCodeAt(i + 1) : 0;
      if (!(d >= 0xdc00 && d <= 0xdfff)) return -1;
      n += 4;
      i++;
    }
  }
  return n;
}

/** One string at a time: the path for columns holding a lone surrogate (written as U+FFFD). */
function encodeEach(strings: readonly (string | null | undefined)[]): {
  bytes: Uint8Array;
  valueOffsets: Int32Array;
} {
  // One buffer for all strings (UTF-8 needs at most 3 bytes per UTF-16 unit), filled in place:
  // no per-string allocation, which dominates on wide tables.
  let capacity = 0;
  for (const s of strings) capacity += (s ?? '').length * 3;
  const bytes = new Uint8Array(capacity);
  const valueOffsets = new Int32Array(strings.length + 1);
  let at = 0;
  for (let i = 0; i < strings.length; i++) {
    at = writeUtf8(strings[i] ?? '', bytes, at);
    valueOffsets[i + 1] = at;
  }
  return { bytes: bytes.subarray(0, at), valueOffsets };
}

/** Distinct values beyond which a column is sent as plain strings. */
const MAX_DICTIONARY = 4096;
/**
 * Below this many rows a column goes plain: there is little to save, and apache-arrow writes no
 * dictionary batch for an empty column, which DuckDB then refuses ("IPC stream did not have the
 * expected number of dictionaries").
 */
const MIN_DICTIONARY_ROWS = 64;

/**
 * A column with more distinct values than this in its first PROBE_ROWS rows (titles,
 * descriptions, URLs) goes as plain strings at once: hashing thousands of long strings only to
 * give up at the limit made this function cost 0.9 s of a 100k-row load in Chromium (0.6 s
 * with the probe, in a CPU profile).
 */
const PROBE_ROWS = 256;
const PROBE_DISTINCT = 64;

/**
 * A column that repeats a few values (codes, labels, the rule behind each harmonised rating)
 * goes as indices into its distinct strings: each string is encoded once per batch instead of
 * once per row, and the stream DuckDB copies into its worker and reads is far smaller (on the
 * export layout the rule columns alone were a third of its bytes). Null when the column is too
 * varied for that to pay.
 */
function dictionaryVector(
  strings: readonly (string | null | undefined)[],
  values: readonly unknown[],
): Vector | null {
  if (strings.length < MIN_DICTIONARY_ROWS) return null;
  const limit = Math.min(MAX_DICTIONARY, strings.length >> 1);
  const ids = new Map<string, number>();
  const indices = new Int32Array(strings.length);
  // Rows of one plan sit together, so a value often repeats the one above: no lookup then.
  let last: string | undefined;
  let lastId = -1;
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i] ?? '';
    if (s !== last) {
      let id = ids.get(s);
      if (id === undefined) {
        if (ids.size >= limit) return null;
        id = ids.size;
        ids.set(s, id);
      }
      last = s;
      lastId = id;
    }
    indices[i] = lastId;
    if (i === PROBE_ROWS - 1 && ids.size > PROBE_DISTINCT) return null;
  }
  const dictionary = makeVector(utf8Data([...ids.keys()]));
  return makeVector(
    makeData({
      type: new Dictionary(new Utf8(), new Int32()),
      length: strings.length,
      data: indices,
      dictionary,
      ...validity(values),
    }),
  );
}

const encoder = new TextEncoder();

/**
 * Writes `s` as UTF-8 at `at` and returns the end. Short strings are encoded here: in Chromium
 * each TextEncoder.encodeInto call costs more than encoding a cell of a few dozen characters
 * (measured: 6 of the 29 s of a 100k-row load). Lone surrogates become U+FFFD, as TextEncoder
 * does.
 */
export function writeUtf8(s: string, bytes: Uint8Array, at: number): number {
  const n = s.length;
  if (n > 128) return at + encoder.encodeInto(s, bytes.subarray(at)).written;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      bytes[at++] = c;
    } else if (c < 0x800) {
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          bytes[at++] = 0xf0 | (cp >> 18);
          bytes[at++] = 0x80 | ((cp >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((cp >> 6) & 0x3f);
          bytes[at++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
        c = 0xfffd;
      }
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}

function numbers<A extends Int32Array | Float64Array>(values: readonly unknown[], buffer: A): A {
  values.forEach((v, i) => {
    if (!isNull(v)) buffer[i] = Number(v);
  });
  return buffer;
}

function boolVector(values: readonly unknown[]): Vector {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (!isNull(v) && v) bits[i >> 3]! |= 1 << (i & 7);
  });
  const type = new Bool();
  return makeVector(makeData({ type, length: values.length, data: bits, ...validity(values) }));
}
