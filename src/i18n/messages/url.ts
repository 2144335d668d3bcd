import type { Messages } from './types';

/** What a link held that could not be read (src/state/url-problems.ts). */
export const en = {
  unknownView: 'unknown view "{text}"',
  needsId: '"{text}" needs an identifier',
  switches: 'unreadable methodology switches',
  decal: 'unreadable decal setting',
  year: 'unreadable year "{text}"',
  lang: 'unknown language "{text}"',
  /** Between two problems. */
  separator: '; ',
} as const;

export const fr: Messages<typeof en> = {
  unknownView: 'vue inconnue « {text} »',
  needsId: '« {text} » demande un identifiant',
  switches: 'paramètres de méthodologie illisibles',
  decal: 'réglage des motifs illisible',
  year: 'année illisible « {text} »',
  lang: 'langue inconnue « {text} »',
  separator: ' ; ',
};

export const es: Messages<typeof en> = {
  unknownView: 'vista desconocida «{text}»',
  needsId: '«{text}» necesita un identificador',
  switches: 'ajustes de metodología ilegibles',
  decal: 'ajuste de tramas ilegible',
  year: 'año ilegible «{text}»',
  lang: 'idioma desconocido «{text}»',
  separator: '; ',
};
