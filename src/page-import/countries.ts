/**
 * Country names as French and Spanish pages print them → the English member name OGP uses. A
 * small map of common OGP members; a name not listed is kept as printed.
 */
import { fold } from './fold';

// [English (OGP's member name), French forms, Spanish forms]
const COUNTRIES: [string, string[], string[]][] = [
  ['Albania', ['Albanie'], []],
  ['Argentina', ['Argentine'], []],
  ['Armenia', ['Arménie'], []],
  ['Australia', ['Australie'], []],
  ['Brazil', ['Brésil'], ['Brasil']],
  ['Burkina Faso', [], []],
  ['Canada', [], ['Canadá']],
  ['Chile', ['Chili'], []],
  ['Colombia', ['Colombie'], []],
  ['Costa Rica', [], []],
  ["Côte d'Ivoire", [], ['Costa de Marfil']],
  ['Croatia', ['Croatie'], ['Croacia']],
  ['Dominican Republic', ['République dominicaine'], ['República Dominicana']],
  ['Ecuador', ['Équateur'], []],
  ['El Salvador', ['Salvador'], []],
  ['Estonia', ['Estonie'], []],
  ['Finland', ['Finlande'], ['Finlandia']],
  ['France', [], ['Francia']],
  ['Georgia', ['Géorgie'], []],
  ['Germany', ['Allemagne'], ['Alemania']],
  ['Ghana', [], []],
  ['Greece', ['Grèce'], ['Grecia']],
  ['Guatemala', [], []],
  ['Honduras', [], []],
  ['Indonesia', ['Indonésie'], []],
  ['Ireland', ['Irlande'], ['Irlanda']],
  ['Italy', ['Italie'], ['Italia']],
  ['Jamaica', ['Jamaïque'], []],
  ['Jordan', ['Jordanie'], ['Jordania']],
  ['Kenya', [], []],
  ['Liberia', [], []],
  ['Mexico', ['Mexique'], ['México']],
  ['Mongolia', ['Mongolie'], []],
  ['Morocco', ['Maroc'], ['Marruecos']],
  ['Netherlands', ['Pays-Bas'], ['Países Bajos']],
  ['Nigeria', [], []],
  ['Norway', ['Norvège'], ['Noruega']],
  ['Panama', [], ['Panamá']],
  ['Paraguay', [], []],
  ['Peru', ['Pérou'], ['Perú']],
  ['Philippines', [], ['Filipinas']],
  ['Portugal', [], []],
  ['Romania', ['Roumanie'], ['Rumania']],
  ['Senegal', ['Sénégal'], []],
  ['Sierra Leone', [], ['Sierra Leona']],
  ['South Africa', ['Afrique du Sud'], ['Sudáfrica']],
  ['South Korea', ['Corée du Sud', 'République de Corée'], ['Corea del Sur']],
  ['Spain', ['Espagne'], ['España']],
  ['Tunisia', ['Tunisie'], ['Túnez']],
  ['Ukraine', [], ['Ucrania']],
  ['United Kingdom', ['Royaume-Uni'], ['Reino Unido']],
  ['United States', ['États-Unis'], ['Estados Unidos']],
  ['Uruguay', [], []],
];

const BY_KEY = new Map<string, string>();
for (const [en, fr, es] of COUNTRIES) {
  for (const form of [en, ...fr, ...es]) BY_KEY.set(fold(form), en);
}
const KEYS = [...BY_KEY.keys()].sort((a, b) => b.length - a.length);

/** "Colombie" → "Colombia"; null when the text is not a listed country name. */
export function countryName(text: string): string | null {
  return BY_KEY.get(fold(text).replace(/^(la|le|les|l'|el|the)\s*/, '')) ?? null;
}

/** The first listed country named anywhere in a text ("Plan d'action pour la Colombie …"). */
export function findCountry(text: string): string | null {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  let best: { at: number; name: string } | null = null;
  for (const key of KEYS) {
    const at = t.indexOf(` ${key.replace(/[^\p{L}\p{N}']+/gu, ' ')} `);
    if (at >= 0 && (best === null || at < best.at)) best = { at, name: BY_KEY.get(key) ?? key };
  }
  return best?.name ?? null;
}
