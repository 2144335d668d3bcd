import type { en } from '../format';
import type { Messages } from '../types';

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
