/**
 * Label normalisation per irm-methodology.md §6: NFKD, accents stripped, lower case, whitespace
 * (including non-breaking and narrow no-break spaces) collapsed, trailing punctuation dropped.
 */
export function normaliseLabel(raw: string): string {
  return (
    raw
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[\u2019\u2018\u02bc`´]/g, "'")
      .replace(/[\s\u00a0\u202f\u2007]+/gu, ' ')
      .trim()
      // The lookbehind anchors the run at its start: a plain `[…]+$` is quadratic on long runs.
      .replace(/(?<![\s.:;,!?¿¡*])[\s.:;,!?¿¡*]+$/u, '')
      .replace(/^[\s¿¡*]+/u, '')
      .trim()
  );
}

/**
 * Header normalisation: like labels, but `_` stays significant (`Specificity` and `_Specificity`
 * are different columns) and "(X)" and ": X" are treated alike.
 */
export function normaliseHeader(raw: string): string {
  return normaliseLabel(raw.replace(/^\uFEFF/, ''))
    .replace(/\s*:\s*(.+)$/u, ' ($1)')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)\s*/g, ')')
    .replace(/\s+/g, ' ')
    .trim();
}
