/** Figures in words: shares, counts, intervals (src/lib/format.ts). */
export const en = {
  noRated: 'no rated commitments (n={n})',
  shareN: '{share} (n={n})',
  of: '{part} of {whole}',
  nEq: 'n={n}',
  smallN: 'small n',
  interval: '95% interval (Wilson)',
  noInterval: 'no interval: nothing rated',
  dash: '—',
  pair: '{label}: {value}',
  /** A label's colon, as typed between JSX elements. */
  colon: ': ',
} as const;
