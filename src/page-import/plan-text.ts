/**
 * The action plan as a page names it → member, kind and cycle:
 * "Plan d'action pour la Colombie 2023-2025 (décembre)" (national),
 * "France, Premier plan d'action, 2015-2017" (national, plan 1),
 * "Plan d'action – Cartagena de Indias, Colombie, 2022 – 2023" (local: a locality and a country).
 */
import { countryName, findCountry } from './countries';
import { fold } from './fold';

export interface PlanText {
  member: string | null;
  parent_country: string | null;
  kind: 'national' | 'local' | null;
  year_submission: number | null;
  year_end: number | null;
  plan_number: number | null;
}

const PREFIX = /^\s*(?:plan d['’]action|action plan|plan de acci[oó]n)\s*[-–—:]\s*/i;
const YEARS = /\b((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})\b/;
const ORDINALS: [RegExp, number][] = [
  [/\b(premier|premiere|1er|1ere|first|1st|primer|primero)\b/, 1],
  [/\b(deuxieme|second|seconde|2e|2eme|2nd|segundo)\b/, 2],
  [/\b(troisieme|3e|3eme|third|3rd|tercer|tercero)\b/, 3],
  [/\b(quatrieme|4e|4eme|fourth|4th|cuarto)\b/, 4],
  [/\b(cinquieme|5e|5eme|fifth|5th|quinto)\b/, 5],
  [/\b(sixieme|6e|6eme|sixth|6th|sexto)\b/, 6],
  [/\b(septieme|7e|7eme|seventh|7th|septimo)\b/, 7],
];

const isPlanWords = (piece: string) => /\b(plan|action|accion)\b/.test(fold(piece));

export function parsePlanText(raw: string): PlanText {
  const years = YEARS.exec(raw);
  const text = raw.replace(PREFIX, '').replace(YEARS, ' ');
  let plan_number: number | null = null;
  const places: string[] = [];
  for (const piece of text.split(',').map((p) => p.replace(/\(.*?\)/g, '').trim())) {
    if (piece === '' || /^[-–—\s]*$/.test(piece)) continue;
    if (isPlanWords(piece)) {
      const ord = ORDINALS.find(([re]) => re.test(fold(piece)));
      if (ord && plan_number === null) plan_number = ord[1];
      if (!findCountry(piece)) continue;
    }
    places.push(piece.replace(/[-–—\s]+$/, ''));
  }
  const base = {
    year_submission: years ? Number(years[1]) : null,
    year_end: years ? Number(years[2]) : null,
    plan_number,
  };
  const last = places[places.length - 1];
  if (places.length >= 2 && last && !isPlanWords(last)) {
    return {
      ...base,
      member: places.slice(0, -1).join(', '),
      parent_country: countryName(last) ?? last,
      kind: 'local',
    };
  }
  const country = findCountry(places.join(', '));
  if (country) return { ...base, member: country, parent_country: null, kind: 'national' };
  return { ...base, member: places[0] ?? null, parent_country: null, kind: null };
}
