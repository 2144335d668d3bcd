/**
 * `atlas import-page <file> [--format json|text]`: the text or HTML of an OGP commitment or
 * action-plan page → one canonical record. Exit 0 when the page was read (an unrecognised page is
 * an answer, with its message, not a failure); 2 when the file cannot be read.
 */
import { readFileSync, statSync } from 'node:fs';
import { importPage, type PageImport } from '../src/page-import';

/** A saved web page is far below this; anything larger is not one. */
const MAX_PAGE_BYTES = 20 * 2 ** 20;

export function runImportPage(path: string, format: 'json' | 'text'): number {
  let text: string;
  try {
    text = readPage(path);
  } catch (err) {
    console.error(`import-page: cannot read ${path}: ${(err as Error).message}`);
    return 2;
  }
  const result = importPage(text);
  if (format === 'json') {
    const out: Record<string, unknown> = {
      kind: result.kind,
      record: result.record,
      unrecognised_lines: result.unrecognised_lines,
    };
    if (result.message) out.message = result.message;
    console.log(JSON.stringify(out, null, 2));
  } else {
    console.log(asText(result));
  }
  return 0;
}

function readPage(path: string): string {
  const stat = statSync(path);
  if (!stat.isFile()) throw new Error('not a file');
  if (stat.size > MAX_PAGE_BYTES)
    throw new Error(`${Math.ceil(stat.size / 2 ** 20)} MB is too large for a web page`);
  const bytes = readFileSync(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new Error('binary content (not text or HTML)');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Pages saved by older tools: Windows-1252 (a superset of Latin-1).
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function asText(r: PageImport): string {
  const lines = [`kind: ${r.kind}`, `language: ${r.language ?? 'unknown'}`];
  if (r.message) lines.push(`message: ${r.message}`);
  if (r.fields.length > 0) {
    lines.push('', 'fields:');
    const width = Math.max(...r.fields.map((f) => f.field.length));
    for (const f of r.fields) {
      lines.push(
        `  ${f.field.padEnd(width)}  ${String(f.value)}    ← ${f.label}: ${oneLine(f.raw)}`,
      );
    }
  }
  if (r.unrecognised_lines.length > 0) {
    lines.push('', 'unrecognised lines:');
    for (const l of r.unrecognised_lines) lines.push(`  ${oneLine(l)}`);
  }
  return lines.join('\n');
}

const oneLine = (s: string) => (s.length > 100 ? `${s.slice(0, 97)}…` : s).replace(/\s+/g, ' ');
