/**
 * Folding for label search inside running text: the same normalisation as normaliseLabel
 * (accents stripped, lower case, apostrophes unified, whitespace incl. U+00A0/U+202F collapsed)
 * but character by character, keeping for every folded character the index of the original one,
 * so a label found in the folded text can be cut out of the original line.
 */
export interface Folded {
  text: string;
  /** index in the original string of each folded character */
  at: number[];
}

const APOSTROPHES = /[\u2019\u2018\u02bc`´]/;
const SPACE = /[\s\u00a0\u202f\u2007]/;

export function foldWithIndex(raw: string): Folded {
  const out: string[] = [];
  const at: number[] = [];
  let i = 0;
  for (const ch of raw) {
    if (ch === '¿' || ch === '¡' || ch === '\u00ad' || ch === '\u200b' || ch === '\ufeff') {
      // dropped: Spanish opening marks, soft hyphens, zero-width characters
    } else if (SPACE.test(ch)) {
      if (out.length > 0 && out[out.length - 1] !== ' ') {
        out.push(' ');
        at.push(i);
      }
    } else if (ch < '\u0080') {
      out.push(ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch === '`' ? "'" : ch);
      at.push(i);
    } else {
      const folded = APOSTROPHES.test(ch)
        ? "'"
        : ch
            .normalize('NFKD')
            .replace(/\p{M}+/gu, '')
            .toLowerCase();
      for (const f of folded) {
        out.push(f);
        at.push(i);
      }
    }
    i += ch.length;
  }
  return { text: out.join(''), at };
}

/** The folded form alone, trimmed (label keys). */
export function fold(raw: string): string {
  return foldWithIndex(raw).text.trim();
}
