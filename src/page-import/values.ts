/** Turning printed values into record values: lists, "none", ratings as vocabulary codes. */
import { matchLabel, normaliseLabel, type ScaleId } from '../vocab';

export const LIST_SEPARATOR = '; ';

const NONE_FORMS = new Set(
  [
    'NA',
    'N/A',
    'N/D',
    'ND',
    'None',
    'No',
    'Aucune',
    'Aucun',
    'Néant',
    'Non applicable',
    'Ninguna',
    'Ninguno',
    'No aplica',
    'No aplicable',
    '-',
  ].map(normaliseLabel),
);

/** "NA", "N/D", "Aucune", "Ninguna"… : the page says there is none. */
export function isNone(raw: string): boolean {
  return NONE_FORMS.has(normaliseLabel(raw));
}

const UNSPECIFIED = new Set(
  [
    'Non précisé',
    'Non spécifié',
    'Not specified',
    'Unspecified',
    'No especificado',
    'Sin especificar',
  ].map(normaliseLabel),
);

/** "Non précisé", "Not specified", "No especificado": a date the page does not give. */
export function isUnspecified(raw: string): boolean {
  return UNSPECIFIED.has(normaliseLabel(raw)) || isNone(raw);
}

/**
 * A printed list → items. ";" separates when present; otherwise ",", but a piece that starts in
 * lower case continues the previous item ("Secrétariat de la sécurité, de la coexistence et
 * Justice" is one institution).
 */
export function splitList(raw: string): string[] {
  const bySemicolon = raw.includes(';');
  const pieces = raw
    .replace(/^[[(]|[\])]$/g, '')
    .split(bySemicolon ? ';' : ',')
    .map((p) => p.trim().replace(/[.]$/, ''));
  const items: string[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    const first = piece[0] ?? '';
    const last = items.length - 1;
    if (!bySemicolon && last >= 0 && first === first.toLowerCase() && first !== first.toUpperCase())
      items[last] = `${items[last]}, ${piece}`;
    else items.push(piece);
  }
  return items;
}

export type RatingValue =
  { kind: 'code'; value: string } | { kind: 'unknown'; value: string } | { kind: 'blank' };

/**
 * A printed rating → the vocabulary's code (a level code or a state such as `pending_irm`).
 * `fallback` scales are tried when the first does not know the label (OGP's pages print a DIOG
 * label under "Early results" for pre-2020 plans).
 */
export function ratingCode(raw: string, scale: ScaleId, ...fallback: ScaleId[]): RatingValue {
  if (normaliseLabel(raw) === '') return { kind: 'blank' };
  for (const s of [scale, ...fallback]) {
    const m = matchLabel(s, raw);
    if (m.kind === 'rating') return { kind: 'code', value: m.code };
    if (m.kind === 'state') return { kind: 'code', value: m.state };
  }
  // "Limité (voir le rapport)", "Substantial." : a known label followed by a remark.
  const head = raw.split(/[([–—,;]| - /)[0] ?? '';
  if (head.trim() !== '' && head !== raw) return ratingCode(head, scale, ...fallback);
  return { kind: 'unknown', value: raw.trim() };
}

/** "Cet engagement a été reporté sur le prochain plan d'action" → yes; "… n'a pas été reporté" → no. */
export function carriedForward(raw: string): 'yes' | 'no' | null {
  const t = normaliseLabel(raw);
  const yn = matchLabel('yes_no', raw);
  if (yn.kind === 'rating') return yn.code === 'yes' ? 'yes' : 'no';
  if (
    /\b(n'a pas ete|n'ont pas ete|ne sera pas|n'est pas) report/.test(t) ||
    /\bnot (been )?carried (forward|over)|\bwas not carried\b|\bwere not carried\b/.test(t) ||
    /\bno (se )?(traslado|ha sido trasladad|fue trasladad|continu|se incluy)/.test(t)
  )
    return 'no';
  if (
    /\b(a ete|ont ete|est|sont|sera|seront) report(e|es|ee|ees)\b/.test(t) ||
    /\b(was|were|has been|have been|is|are) carried (forward|over)\b/.test(t) ||
    /\b(se traslado|fue trasladad|ha sido trasladad|se incluyo en el (siguiente|proximo)|continua en el (siguiente|proximo))/.test(
      t,
    )
  )
    return 'yes';
  return null;
}
