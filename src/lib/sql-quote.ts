/**
 * The one audited quoting helper. User values go to SQL as bound parameters; these are for
 * the few places a name or literal must be spliced into text (identifiers, file names).
 */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error('identifier contains a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('literal contains a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

/** Booleans from typed settings (never free text) rendered as SQL literals. */
export function sqlBool(value: boolean): 'TRUE' | 'FALSE' {
  return value ? 'TRUE' : 'FALSE';
}
