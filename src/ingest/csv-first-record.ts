/**
 * Reads the header record of a delimited file in JS, so DuckDB can be told the delimiter and
 * column count exactly: its sniffer, left to guess on a malformed file, may fall back to one
 * column or silently take a data row as the header.
 */
const CANDIDATES = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof CANDIDATES)[number];

export function firstRecord(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}

function countOutsideQuotes(record: string, delim: string): number {
  let inQuotes = false;
  let n = 0;
  for (const ch of record) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delim) n++;
  }
  return n;
}

export function sniffHeader(
  text: string,
  forced?: Delimiter,
): { delimiter: Delimiter; columns: number } {
  const record = firstRecord(text.replace(/^\uFEFF/, ''));
  const delimiter =
    forced ??
    CANDIDATES.reduce<Delimiter>(
      (best, d) => (countOutsideQuotes(record, d) > countOutsideQuotes(record, best) ? d : best),
      ',',
    );
  return { delimiter, columns: countOutsideQuotes(record, delimiter) + 1 };
}
