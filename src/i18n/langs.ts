/** The UI languages: OGP publishes in English, French and Spanish. */
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, for the language menu. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
