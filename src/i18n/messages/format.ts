import type { Messages } from './types';

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

export const fr: Messages<typeof en> = {
  pair: '{label} : {value}',
  noRated: 'aucun engagement évalué (n={n})',
  shareN: '{share} (n={n})',
  of: '{part} sur {whole}',
  nEq: 'n={n}',
  smallN: 'petit n',
  interval: 'Intervalle à 95 % (Wilson)',
  noInterval: 'pas d’intervalle : rien d’évalué',
  dash: '—',
  colon: ' : ',
};

export const es: Messages<typeof en> = {
  pair: '{label}: {value}',
  noRated: 'ningún compromiso evaluado (n={n})',
  shareN: '{share} (n={n})',
  of: '{part} de {whole}',
  nEq: 'n={n}',
  smallN: 'n pequeño',
  interval: 'Intervalo del 95 % (Wilson)',
  noInterval: 'sin intervalo: nada evaluado',
  dash: '—',
  colon: ': ',
};
