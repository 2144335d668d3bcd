import {
  FileReadError,
  MAX_FILE_BYTES,
  MAX_STREAMED_BYTES,
  type FileFormat,
  type InputFile,
} from './raw-table';

const BYTES_PER_MB = 1024 * 1024;

const FORMAT_BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  csv: 'csv',
  tsv: 'tsv',
  txt: 'csv',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  parquet: 'parquet',
  xlsx: 'xlsx',
};

/** Refuses a file over `limit` bytes before any parsing starts. */
export function assertSize(file: InputFile, limit = MAX_FILE_BYTES): void {
  assertSizeOf(file.name, file.bytes.byteLength, limit);
}

/** The limit for a file by its name alone, before its bytes are read (a browser File). */
export function sizeLimitFor(fileName: string): number {
  const ext = extensionOf(fileName) ?? '';
  const format = Object.hasOwn(FORMAT_BY_EXTENSION, ext) ? FORMAT_BY_EXTENSION[ext] : undefined;
  return format === 'json' || format === 'parquet' || format === 'xlsx' || /\.xls$/i.test(fileName)
    ? MAX_FILE_BYTES
    : MAX_STREAMED_BYTES;
}

export function assertSizeOf(fileName: string, size: number, limit: number): void {
  if (size <= limit) return;
  // One decimal, rounded up, so a file just over the limit never reads as "150 MB".
  const sizeMb = Math.ceil((size / BYTES_PER_MB) * 10) / 10;
  const limitMb = limit / BYTES_PER_MB;
  throw new FileReadError(
    fileName,
    `the file is ${sizeMb} MB; the limit is ${limitMb} MB. Split it into smaller files or remove unused columns.`,
  );
}

/**
 * Picks the reader for a file. Content wins over the name when the first bytes are
 * unambiguous (Parquet, ZIP/XLSX, a JSON object or array), so a mislabelled download
 * is still read correctly; otherwise the extension decides, then a delimiter sniff.
 */
export function detectFormat(file: InputFile): FileFormat {
  // Whole-file formats check their lower limit in their readers.
  assertSize(file, MAX_STREAMED_BYTES);
  const fromContent = formatFromMagic(file.bytes);
  if (fromContent) return fromContent;
  const extension = extensionOf(file.name);
  // Own keys only: "report.constructor" must not find Object.prototype.constructor.
  const fromName =
    extension !== undefined && Object.hasOwn(FORMAT_BY_EXTENSION, extension)
      ? FORMAT_BY_EXTENSION[extension]
      : undefined;
  // .txt says nothing about the delimiter, so it is sniffed like a file without extension.
  if (fromName && extension !== 'txt') return fromName;
  return sniffDelimiter(file.bytes);
}

function extensionOf(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return undefined;
  return fileName.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4", every .xlsx is a ZIP archive
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function formatFromMagic(bytes: Uint8Array): FileFormat | undefined {
  if (startsWith(bytes, PARQUET_MAGIC)) return 'parquet';
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (looksLikeJson(bytes)) return 'json';
  return undefined;
}

function isJsonWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function skipWhitespace(bytes: Uint8Array, from: number): number {
  let i = from;
  while (i < bytes.length && isJsonWhitespace(bytes[i])) i++;
  return i;
}

/**
 * '{' must be followed by '"' or '}', '[' by '{' or ']': a CSV whose first header
 * merely starts with a bracket (e.g. "[id],name") is not mistaken for JSON.
 */
function looksLikeJson(bytes: Uint8Array): boolean {
  const start = skipWhitespace(bytes, startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0);
  const first = bytes[start];
  const next = bytes[skipWhitespace(bytes, start + 1)];
  if (first === 0x7b) return next === 0x22 || next === 0x7d; // { then " or }
  if (first === 0x5b) return next === 0x7b || next === 0x5d; // [ then { or ]
  return false;
}

const SNIFF_BYTES = 64 * 1024;

/** Looks at the header line, outside quoted values: a quoted "a\tb" in a ;-file is no TSV. */
function sniffDelimiter(bytes: Uint8Array): FileFormat {
  let hasTab = false;
  let inQuotes = false;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i];
    if (byte === 0x22) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (byte === 0x0a || byte === 0x0d) break;
    else if (byte === 0x2c) return 'csv';
    else if (byte === 0x09) hasTab = true;
  }
  return hasTab ? 'tsv' : 'csv';
}
