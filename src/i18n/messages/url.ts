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
