/** Breaks text into lines of at most `width` characters at spaces (a longer word keeps its line). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** "Report: High completion, Europe" → "report-high-completion-europe" (ASCII, for file names). */
export function fileSlug(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '') || 'chart';
}

/**
 * Shortens a label to `max` characters with an ellipsis. Cheaper than letting the chart measure
 * and truncate every label on each redraw; 11px system-ui averages well under 7px a character.
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
