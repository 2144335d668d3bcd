/** "A; B;C" → ["A", "B", "C"]; OGP's NA and blanks drop out. */
export function splitList(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s.toUpperCase() !== 'NA');
}
