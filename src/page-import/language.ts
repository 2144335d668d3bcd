/** The page's language, from the labels it uses and, failing that, its most frequent small words. */
import { fold } from './fold';
import type { PageLine } from './segment';
import type { PageLanguage } from './types';

const STOPWORDS: Record<PageLanguage, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'with', 'for', 'this', 'that', 'was'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'aux'],
  es: ['el', 'los', 'las', 'del', 'y', 'es', 'una', 'para', 'con', 'por'],
};

export function detectLanguage(lines: PageLine[]): PageLanguage | null {
  const votes: Record<PageLanguage, number> = { en: 0, fr: 0, es: 0 };
  for (const line of lines) {
    // A label only votes when its wording belongs to one language ("Institutions" does not).
    const label = line.label;
    if (!label || label.def.id === 'chrome') continue;
    const key = fold(label.labelText);
    const langs = (['en', 'fr', 'es'] as const).filter((l) =>
      label.def[l].some((form) => key.startsWith(fold(form).replace(/[?:]+$/, ''))),
    );
    if (langs.length === 1 && langs[0]) votes[langs[0]] += 3;
  }
  const words = fold(lines.map((l) => l.text).join(' ')).split(/[^\p{L}]+/u);
  const sets = Object.fromEntries(
    (Object.keys(STOPWORDS) as PageLanguage[]).map((l) => [l, new Set(STOPWORDS[l])]),
  ) as Record<PageLanguage, Set<string>>;
  for (const w of words) {
    for (const l of ['en', 'fr', 'es'] as const) if (sets[l].has(w)) votes[l] += 0.05;
  }
  const ranked = (Object.entries(votes) as [PageLanguage, number][]).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 1 || (second && top[1] === second[1])) return null;
  return top[0];
}
