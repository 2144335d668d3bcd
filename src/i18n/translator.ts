import { IntlMessageFormat } from 'intl-messageformat';
import { EN_CATALOG, catalogFor, type MessageId } from './catalog';
import type { Lang } from './langs';

export type MessageValues = Record<string, string | number | Date>;

/** Everything a view or an option builder needs to speak the user's language. */
export interface Translator {
  lang: Lang;
  /** The message in the UI language, ICU placeholders and plurals filled in. */
  t(id: MessageId, values?: MessageValues): string;
  /** 1234.5 → "1,234.5" / "1 234,5" / "1234,5" (grouping per locale). */
  number(value: number, digits?: number): string;
  /** 0.456 → "46%" / "46 %" / "46 %"; `digits` decimals. */
  percent(share: number, digits?: number): string;
}

const cache = new Map<Lang, Translator>();

/**
 * One translator per language, its compiled messages cached: safe outside React. A language
 * whose catalog has not arrived yet (loadCatalog) speaks English until it has, compiling and
 * caching nothing meanwhile; the app waits for the catalog before it switches, so nobody sees it.
 */
export function translator(lang: Lang): Translator {
  const known = cache.get(lang);
  if (known) return known;
  const compiled = new Map<MessageId, IntlMessageFormat>();
  const numbers = new Map<string, Intl.NumberFormat>();
  const fmt = (key: string, opts: Intl.NumberFormatOptions) => {
    let f = numbers.get(key);
    if (!f) numbers.set(key, (f = new Intl.NumberFormat(lang, opts)));
    return f;
  };
  const made: Translator = {
    lang,
    t(id, values) {
      let m = compiled.get(id);
      if (!m) {
        const catalog = catalogFor(lang);
        if (!catalog) return translator('en').t(id, values);
        const text = catalog[id] ?? EN_CATALOG[id] ?? id;
        compiled.set(id, (m = new IntlMessageFormat(text, lang)));
      }
      const out = m.format(values);
      return typeof out === 'string' ? out : String(out);
    },
    number: (value, digits = 0) =>
      fmt(`n${digits}`, { maximumFractionDigits: digits }).format(value),
    percent: (share, digits = 0) =>
      fmt(`p${digits}`, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(share),
  };
  cache.set(lang, made);
  return made;
}

/** English: the default wherever a caller does not pass the UI language (CLI, tests, exports). */
export const EN: Translator = translator('en');
