// The "universal" entry takes an ArrayBuffer and needs neither node:fs nor DOM APIs,
// so the same import works in the browser, in a worker and under vitest.
import { readSheet } from 'read-excel-file/universal';
import { assertSize } from './detect-format';
import { FileReadError, type InputFile, type RawTable } from './raw-table';

/**
 * Reads the first sheet of an .xlsx workbook. The first non-empty row is the header;
 * fully empty rows are skipped; a value outside the header's columns is an error.
 */
export async function readXlsx(file: InputFile): Promise<RawTable> {
  assertSize(file);
  let sheet: unknown[][];
  try {
    // parseNumber receives the number exactly as stored, before any float conversion.
    sheet = await readSheet<string>(toArrayBuffer(file.bytes), {
      parseNumber: numberText,
      trim: false,
    });
  } catch (error) {
    throw new FileReadError(file.name, describeReadError(error));
  }
  const cells = sheet.map((row) => row.map(cellText));
  const headerIndex = cells.findIndex((row) => !isBlank(row));
  const headerRow = cells[headerIndex];
  if (headerRow === undefined) {
    throw new FileReadError(file.name, 'the first sheet is empty (only the first sheet is read)');
  }
  const width = lastFilledIndex(headerRow) + 1;
  const headers = headerRow.slice(0, width);
  const rows: string[][] = [];
  cells.slice(headerIndex + 1).forEach((row, offset) => {
    if (isBlank(row)) return;
    const overflow = row.findIndex((cell, column) => column >= width && cell !== '');
    if (overflow !== -1) {
      // Sheet rows start at A1, so the array index maps directly to the row Excel shows.
      const sheetRow = headerIndex + offset + 2;
      throw new FileReadError(
        file.name,
        `row ${sheetRow}, column ${columnLetters(overflow)} holds ${JSON.stringify(row[overflow])} but the header row (row ${headerIndex + 1}) has only ${width} columns; add a header for it or delete the value`,
      );
    }
    const padded = row.slice(0, width);
    while (padded.length < width) padded.push('');
    rows.push(padded);
  });
  return { fileName: file.name, format: 'xlsx', headers, rows };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) {
    return buffer;
  }
  return bytes.slice().buffer;
}

/** Integers keep every digit as stored; other numbers are shown to Excel's 15 significant digits. */
function numberText(stored: string): string {
  if (/^-?\d+$/.test(stored)) return stored;
  const value = Number(stored);
  if (!Number.isFinite(value)) return stored;
  return String(Number(value.toPrecision(15)));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return dateText(value);
  return String(value);
}

/** Excel dates carry no time zone; the library decodes them as UTC wall-clock time. */
function dateText(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  // Serial day fractions are truncated to the millisecond, so 13:30 can arrive as 13:29:59.999.
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  const day = iso.slice(0, 10);
  const clock = iso.slice(11, 19);
  return clock === '00:00:00' ? day : `${day} ${clock}`;
}

function isBlank(row: string[]): boolean {
  return row.every((cell) => cell === '');
}

function lastFilledIndex(row: string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== '') return i;
  return -1;
}

function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const INPUT_ERRORS: Readonly<Record<string, string>> = {
  FILE_NOT_SUPPORTED:
    'not an .xlsx workbook (an .xlsx file is a ZIP archive; this one is not). If it is a CSV or text file, rename it to .csv',
  XLS_FILE_NOT_SUPPORTED:
    'this is a legacy .xls workbook, which is not supported; save it as .xlsx or CSV and load that',
  INVALID_ZIP: 'the .xlsx file is damaged: its ZIP archive cannot be unpacked',
  NO_DATA: 'the file is empty',
};

function describeReadError(error: unknown): string {
  if (error instanceof Error) {
    // Matched by name and code, as the library documents, since instanceof breaks across builds.
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const known = error.name === 'InvalidInputError' && code ? INPUT_ERRORS[code] : undefined;
    return known ?? `not a readable .xlsx workbook (${error.message})`;
  }
  return `not a readable .xlsx workbook (${String(error)})`;
}
