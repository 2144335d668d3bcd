/**
 * Page text → lines, each either a label line (with its value from the same or the next line) or
 * plain text. Handles fields run together without a line break, non-breaking spaces before ":",
 * "Label : value", "Label: value" and "Label" alone with the value on the next line.
 */
import { parseLabelLine, splitGlued, type LabelLine } from './label-match';

export interface PageLine {
  /** position in the page, from 0 */
  index: number;
  text: string;
  label: LabelLine | null;
  /** The value: same line after the separator, else the next line when it is not a label. */
  value: string | null;
  /** This line is the value of the label line before it. */
  isValueOf: number | null;
  /** Below a prose heading ("Description", "Avant-propos"). */
  inBody: boolean;
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

export function segment(text: string): PageLine[] {
  const pieces = text
    .split(LINE_BREAK)
    .map((l) => l.replace(/[\u200b\ufeff]/g, '').trim())
    .filter((l) => l !== '')
    .flatMap(splitGlued);
  const lines: PageLine[] = pieces.map((p, index) => ({
    index,
    text: p,
    label: parseLabelLine(p),
    value: null,
    isValueOf: null,
    inBody: false,
  }));
  let inBody = false;
  for (const line of lines) {
    if (line.label?.def.id === 'body') inBody = true;
    line.inBody = inBody;
  }
  lines.forEach((line, i) => {
    const label = line.label;
    if (!label || label.def.role !== 'field') return;
    if (label.value !== null && label.value !== '') {
      line.value = label.value;
      return;
    }
    const next = lines[i + 1];
    if (next && next.label === null && next.isValueOf === null) {
      line.value = next.text;
      next.isValueOf = i;
    } else {
      line.value = label.value;
    }
  });
  return lines;
}
