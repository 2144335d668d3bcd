import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { assertSize } from './detect-format';
import { FileReadError, type InputFile, type RawTable } from './raw-table';

/** Reads every row group of a Parquet file; top-level columns become headers, nested values JSON text. */
export async function readParquet(file: InputFile): Promise<RawTable> {
  assertSize(file);
  const buffer = toArrayBuffer(file.bytes);
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(buffer);
  } catch (error) {
    throw new FileReadError(file.name, `not a valid Parquet file (${errorMessage(error)})`);
  }
  const headers = parquetSchema(metadata).children.map((child) => child.element.name);
  let decoded: unknown[][] = [];
  try {
    await parquetRead({
      file: buffer,
      metadata,
      rowFormat: 'array',
      onComplete: (rows: unknown[][]) => {
        decoded = rows;
      },
    });
  } catch (error) {
    throw new FileReadError(
      file.name,
      `the Parquet data is damaged or unsupported (${errorMessage(error)})`,
    );
  }
  const rows = decoded.map((row) => headers.map((_, i) => cellText(row[i])));
  return { fileName: file.name, format: 'parquet', headers, rows };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  // Avoid copying a (possibly huge) file when the view already spans its whole buffer.
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) {
    return buffer;
  }
  return bytes.slice().buffer;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof Date) return dateText(value);
  if (value instanceof Uint8Array) return hex(value);
  return JSON.stringify(value, jsonReplacer);
}

/** Plain dates (DATE columns decode to midnight UTC) print without a time. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  }
  if (value instanceof Uint8Array) return hex(value);
  return value;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
