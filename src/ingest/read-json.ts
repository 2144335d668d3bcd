import { decodeInSteps } from '../lib/decode-steps';
import { assertSize } from './detect-format';
import { FileReadError, type InputFile, type RawTable } from './raw-table';

type JsonRecord = Record<string, unknown>;

/** Keys under which a wrapper object may hold the rows, in order of preference. */
const WRAPPER_KEYS = ['commitments', 'rows', 'data'] as const;

/**
 * Reads a JSON array of objects, an object wrapping such an array, or JSON Lines.
 * Headers are the union of keys in first-seen order; a key missing from a row reads as ''.
 */
export function readJson(file: InputFile): RawTable {
  assertSize(file);
  const text = decodeText(file);
  if (text.trim() === '') throw new FileReadError(file.name, 'the file is empty');
  const records = /\.(jsonl|ndjson)$/i.test(file.name)
    ? parseJsonLines(file.name, text)
    : parseJsonDocument(file.name, text);
  return toRawTable(file.name, records);
}

function decodeText(file: InputFile): string {
  let text: string;
  try {
    text = decodeInSteps(new TextDecoder('utf-8', { fatal: true }), file.bytes);
  } catch {
    throw new FileReadError(file.name, 'the file is not valid UTF-8 text');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJsonDocument(fileName: string, text: string): JsonRecord[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // JSON Lines saved as .json: the document parse fails at the second object.
    if (firstLineIsObject(text)) return parseJsonLines(fileName, text);
    throw new FileReadError(fileName, `invalid JSON ${describeSyntaxError(text, error)}`);
  }
  if (Array.isArray(document)) return checkRecords(fileName, document, '');
  if (isRecord(document)) {
    for (const key of WRAPPER_KEYS) {
      const inner = document[key];
      if (Array.isArray(inner)) return checkRecords(fileName, inner, ` of "${key}"`);
    }
    const keys = Object.keys(document)
      .slice(0, 5)
      .map((k) => `"${k}"`);
    throw new FileReadError(
      fileName,
      `expected an array of objects, or an object with a "commitments", "rows" or "data" array; found an object with keys ${keys.join(', ') || '(none)'}`,
    );
  }
  throw new FileReadError(
    fileName,
    `expected an array of objects, one per row; found ${describeValue(document)}`,
  );
}

function firstLineIsObject(text: string): boolean {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
  if (first === undefined || first.trim() === text.trim()) return false;
  try {
    return isRecord(JSON.parse(first));
  } catch {
    return false;
  }
}

function parseJsonLines(fileName: string, text: string): JsonRecord[] {
  const records: JsonRecord[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNumber = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const location = locateSyntaxError(line);
      const where = location
        ? `line ${lineNumber}, column ${location.offset + 1}: ${location.reason}`
        : `line ${lineNumber}: ${errorMessage(error)}`;
      throw new FileReadError(fileName, `invalid JSON on ${where}`);
    }
    if (!isRecord(value)) {
      throw new FileReadError(
        fileName,
        `line ${lineNumber} is ${describeValue(value)}, not an object (JSON Lines needs one object per line)`,
      );
    }
    records.push(value);
  });
  return records;
}

function checkRecords(fileName: string, items: unknown[], container: string): JsonRecord[] {
  items.forEach((item, index) => {
    if (!isRecord(item)) {
      throw new FileReadError(
        fileName,
        `element at index ${index}${container} is ${describeValue(item)}, not an object (each row must be an object of column: value)`,
      );
    }
  });
  return items as JsonRecord[];
}

function toRawTable(fileName: string, records: JsonRecord[]): RawTable {
  const headerSet = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) headerSet.add(key);
  const headers = [...headerSet];
  const rows = records.map((record, index) =>
    headers.map((key) => {
      if (!Object.hasOwn(record, key)) return '';
      try {
        return cellText(record[key]);
      } catch {
        // JSON.parse reads any depth, but JSON.stringify recurses: a value nested some
        // thousands of levels deep overflows the stack (RangeError).
        throw new FileReadError(
          fileName,
          `row ${index + 1}, "${key}": the value is nested too deeply to be read as text`,
        );
      }
    }),
  );
  return { fileName, format: 'json', headers, rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `a string (${JSON.stringify(shown)})`;
  }
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (${String(value)})`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "at line L, column C (position P): reason", computed here because engines word (and sometimes omit) positions differently. */
function describeSyntaxError(text: string, error: unknown): string {
  const location = locateSyntaxError(text);
  if (!location) return `(${errorMessage(error)})`;
  const before = text.slice(0, location.offset);
  const line = before.split('\n').length;
  const column = location.offset - before.lastIndexOf('\n');
  return `at line ${line}, column ${column} (position ${location.offset}): ${location.reason}`;
}

interface SyntaxLocation {
  offset: number;
  reason: string;
}

class JsonSyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Finds the first offending character; only runs after JSON.parse has failed. */
function locateSyntaxError(text: string): SyntaxLocation | undefined {
  const scanner = new JsonScanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxProblem) return { offset: error.offset, reason: error.reason };
    // Nesting deep enough to overflow the stack: fall back to the engine's message.
    return undefined;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonScanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      this.fail(`unexpected text after the end of the JSON value, ${this.found()}`);
    }
  }

  private value(): void {
    this.skipWhitespace();
    const char = this.text[this.pos];
    if (char === '{') this.object();
    else if (char === '[') this.array();
    else if (char === '"') this.string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.number();
    else if (!this.literal('true') && !this.literal('false') && !this.literal('null')) {
      this.fail(`expected a value, ${this.found()}`);
    }
  }

  private object(): void {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"')
        this.fail(`expected a property name in double quotes, ${this.found()}`);
      this.string();
      this.skipWhitespace();
      if (this.text[this.pos] !== ':')
        this.fail(`expected ':' after a property name, ${this.found()}`);
      this.pos++;
      this.value();
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === '}') return;
      if (next !== ',') this.fail(`expected ',' or '}' in an object, ${this.found(-1)}`, -1);
    }
  }

  private array(): void {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.value();
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === ']') return;
      if (next !== ',') this.fail(`expected ',' or ']' in an array, ${this.found(-1)}`, -1);
    }
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const char = this.text[this.pos];
      if (char === undefined) throw new JsonSyntaxProblem(start, 'string is never closed with "');
      if (char === '"') {
        this.pos++;
        return;
      }
      if (char < ' ') this.fail('control character (such as a raw line break) inside a string');
      if (char === '\\') {
        const escape = this.text[this.pos + 1] ?? '';
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
            this.fail('invalid \\u escape in a string');
          }
          this.pos += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === '') {
          this.fail('invalid escape sequence in a string');
        }
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('invalid number');
    this.pos += match[0].length;
  }

  private literal(word: string): boolean {
    if (!this.text.startsWith(word, this.pos)) return false;
    this.pos += word.length;
    return true;
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return;
      this.pos++;
    }
  }

  private found(shift = 0): string {
    const char = this.text[this.pos + shift];
    return char === undefined ? 'found the end of the input' : `found ${JSON.stringify(char)}`;
  }

  private fail(reason: string, shift = 0): never {
    throw new JsonSyntaxProblem(Math.min(this.pos + shift, this.text.length), reason);
  }
}
