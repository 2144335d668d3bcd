import type { en } from '../url';
import type { Messages } from '../types';

export const es: Messages<typeof en> = {
  unknownView: 'vista desconocida «{text}»',
  needsId: '«{text}» necesita un identificador',
  switches: 'ajustes de metodología ilegibles',
  decal: 'ajuste de tramas ilegible',
  year: 'año ilegible «{text}»',
  lang: 'idioma desconocido «{text}»',
  separator: '; ',
};
