/**
 * Finding the labels of labels.ts in page lines: at the start of a line ("Vérifiable : Oui",
 * "Durée"), and glued to the previous text without a line break ("Participation du publicRevue IRM").
 */
import { fold, foldWithIndex, type Folded } from './fold';
import { PAGE_LABELS, type LabelDef } from './labels';
import type { PageLanguage } from './types';

export interface IndexedLabel {
  def: LabelDef;
  lang: PageLanguage;
  key: string;
}

/** A line that is a label: `value` is null when nothing follows it on the line. */
export interface LabelLine {
  def: LabelDef;
  lang: PageLanguage;
  labelText: string;
  value: string | null;
}

const INDEX: IndexedLabel[] = PAGE_LABELS.flatMap((def) =>
  (['en', 'fr', 'es'] as const).flatMap((lang) =>
    def[lang].map((form) => ({ def, lang, key: fold(form).replace(/[\s.:;,!?*]+$/u, '') })),
  ),
).sort((a, b) => b.key.length - a.key.length);

const isUpper = (ch: string | undefined) =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string | undefined) =>
  ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const WORD = /[\p{L}\p{N}]/u;
const MAX_GLUED_LINE = 5000;

/** Longest label starting at folded position `pos`, ending on a word boundary (or glued). */
function labelAt(
  line: string,
  f: Folded,
  pos: number,
): { label: IndexedLabel; end: number } | null {
  for (const label of INDEX) {
    if (!f.text.startsWith(label.key, pos)) continue;
    const end = pos + label.key.length;
    const next = f.text[end];
    if (next === undefined || !WORD.test(next) || gluedAt(line, f, end)) return { label, end };
  }
  return null;
}

/** Text glued after a label: an upper-case letter right after a lower-case one, no space. */
function gluedAt(line: string, f: Folded, end: number): boolean {
  const i = f.at[end];
  const prev = f.at[end - 1];
  if (i === undefined || prev === undefined) return false;
  return isUpper(line[i]) && isLower(line[prev]);
}

/** What follows a label on its line: nothing, a separator and a value, or glued text. */
function afterLabel(line: string, f: Folded, end: number, def: LabelDef): string | null | false {
  const rest = f.text.slice(end);
  if (rest.trim() === '' || (def.role === 'section' && /^ ?i ?:?$/.test(rest))) return null;
  const sep = /^( ?\?)?( ?:)? ?/.exec(rest);
  if (sep && sep[0].trim() !== '') {
    const value = line.slice(f.at[end + sep[0].length] ?? line.length).trim();
    if (value === '') return null;
    return def.role === 'section' ? false : value;
  }
  if (gluedAt(line, f, end)) return line.slice(f.at[end] ?? line.length).trim();
  return false;
}

/** The label a line starts with, and its value on the same line (null: none). */
export function parseLabelLine(line: string): LabelLine | null {
  const f = foldWithIndex(line);
  const hit = labelAt(line, f, 0);
  if (!hit) return null;
  const value = afterLabel(line, f, hit.end, hit.label.def);
  if (value === false) return null;
  const labelText = line.slice(0, f.at[hit.end] ?? line.length).trim();
  return { def: hit.label.def, lang: hit.label.lang, labelText, value };
}

/**
 * Splits a line before every known label glued to the text before it, and after a label glued to
 * its value: "Renforcement des capacités, Participation du publicRevue IRM" → two lines. Only
 * labels that end the line or are followed by ":", "?" or more glued text count, so running prose
 * ("secteur privéLes gouvernements…") is left alone.
 */
export function splitGlued(line: string): string[] {
  // Glued labels are in the short lines of a page's header; long prose is left alone (and the
  // search stays linear on a pathological page).
  if (line.length > MAX_GLUED_LINE) return [line];
  const f = foldWithIndex(line);
  const cuts: number[] = [];
  for (let pos = 1; pos < f.text.length; pos++) {
    const i = f.at[pos];
    const prev = f.at[pos - 1];
    if (i === undefined || prev === undefined || i === prev) continue;
    if (!isUpper(line[i]) || /\s/.test(line[prev] ?? ' ')) continue;
    const hit = labelAt(line, f, pos);
    if (!hit || afterLabel(line, f, hit.end, hit.label.def) === false) continue;
    const rest = f.text.slice(hit.end).trim();
    if (rest !== '' && !/^[?:]/.test(rest) && !isLower(line[prev])) continue;
    cuts.push(i);
    pos = hit.end - 1;
  }
  // A label at the start of the line glued to its value: "Domaines politiquesFormations".
  const first = labelAt(line, f, 0);
  if (first && gluedAt(line, f, first.end)) cuts.push(f.at[first.end] ?? line.length);
  if (cuts.length === 0) return [line];
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const cut of sorted) {
    out.push(line.slice(from, cut));
    from = cut;
  }
  out.push(line.slice(from));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
