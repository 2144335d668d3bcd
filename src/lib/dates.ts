/**
 * Dates as OGP prints them: "NA", "M/D/YYYY" (1/1/2024), month-year text ("July 2014",
 * "décembre 2023"). Returns an ISO date, or "YYYY-MM" when only the month is known: a day is
 * never invented. Unparseable or ambiguous text returns null (the raw text is kept by callers).
 */
const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  ['january', 'janvier', 'enero', 'jan'],
  ['february', 'fevrier', 'febrero', 'feb'],
  ['march', 'mars', 'marzo', 'mar'],
  ['april', 'avril', 'abril', 'apr'],
  ['may', 'mai', 'mayo'],
  ['june', 'juin', 'junio', 'jun'],
  ['july', 'juillet', 'julio', 'jul'],
  ['august', 'aout', 'agosto', 'aug'],
  ['september', 'septembre', 'septiembre', 'sept', 'sep'],
  ['october', 'octobre', 'octubre', 'oct'],
  ['november', 'novembre', 'noviembre', 'nov'],
  ['december', 'decembre', 'diciembre', 'dec'],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');

export function parseOgpDate(raw: string): string | null {
  const text = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .toLowerCase();
  if (text === '' || text === 'na' || text === 'nd' || text === 'n/a') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return validDay(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return validDay(+m[3]!, +m[1]!, +m[2]!);
  m = /^([a-z]+)\.?,?\s+(?:de\s+)?(\d{4})$/.exec(text);
  if (m) {
    const month = Object.hasOwn(MONTHS, m[1]!) ? MONTHS[m[1]!] : undefined;
    return month ? `${m[2]}-${pad(month)}` : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return text;
  return null;
}

function validDay(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

export function parseYear(raw: string): number | null {
  const t = raw.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 1990 && y <= 2100 ? y : null;
}
