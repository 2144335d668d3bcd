/**
 * Dates as OGP pages print them, in English, French and Spanish: "29ème Novembre 2022",
 * "23rd Août 2021", "1er janvier 2020", "November 29, 2022", "29 de noviembre de 2022",
 * "décembre 2023". A day is never invented: month-year text gives "YYYY-MM".
 */
import { parseOgpDate } from '../lib/dates';
import { fold } from './fold';

const MONTH_NAMES: string[][] = [
  ['january', 'janvier', 'enero', 'jan'],
  ['february', 'fevrier', 'febrero', 'feb', 'fev'],
  ['march', 'mars', 'marzo', 'mar'],
  ['april', 'avril', 'abril', 'apr', 'avr', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'juin', 'junio', 'jun'],
  ['july', 'juillet', 'julio', 'jul', 'juil'],
  ['august', 'aout', 'agosto', 'aug', 'ago'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'sept', 'sep'],
  ['october', 'octobre', 'octubre', 'oct'],
  ['november', 'novembre', 'noviembre', 'nov'],
  ['december', 'decembre', 'diciembre', 'dec', 'dic'],
];
const MONTHS = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTHS.set(n, i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');
// "29", "29ème", "29e", "1er", "1st", "23rd", "2nd", "4th", "1º", "1ro"
const DAY = String.raw`(\d{1,2})(?:eme|e|er|ere|st|nd|rd|th|o|º|°|ro)?`;
const MONTH = String.raw`([a-z]+)\.?`;
const YEAR = String.raw`(\d{4})`;

function iso(y: number, m: number | undefined, d: number): string | null {
  if (m === undefined) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A printed date → "YYYY-MM-DD", or "YYYY-MM" when no day is printed; null if unparseable. */
export function parsePageDate(raw: string): string | null {
  const t = fold(raw).replace(/[,]/g, ' ').replace(/\s+/g, ' ').trim();
  let m = new RegExp(`^${DAY} (?:de )?${MONTH} (?:de |del )?${YEAR}$`).exec(t);
  if (m) return iso(Number(m[3]), MONTHS.get(m[2] ?? ''), Number(m[1]));
  m = new RegExp(`^${MONTH} ${DAY} ${YEAR}$`).exec(t);
  if (m) return iso(Number(m[3]), MONTHS.get(m[1] ?? ''), Number(m[2]));
  m = new RegExp(`^${MONTH} (?:de |del )?${YEAR}$`).exec(t);
  if (m) {
    const month = MONTHS.get(m[1] ?? '');
    return month ? `${m[2]}-${pad(month)}` : null;
  }
  return parseOgpDate(raw);
}
