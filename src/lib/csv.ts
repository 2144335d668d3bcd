/**
 * CSV writing for exports. Cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) get a leading apostrophe (OWASP CSV injection guidance).
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: unknown, neutralise = true): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && neutralise ? neutraliseFormula(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `neutralise: false` only for writing test fixtures that must keep their text exactly. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  { neutralise = true } = {},
): string {
  return (
    [header, ...rows].map((r) => r.map((c) => csvCell(c, neutralise)).join(',')).join('\r\n') +
    '\r\n'
  );
}
