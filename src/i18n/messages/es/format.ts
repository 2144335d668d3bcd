import type { en } from '../format';
import type { Messages } from '../types';

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
