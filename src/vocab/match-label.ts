import { normaliseLabel } from './normalise-text';
import { SCALES, type ScaleId, type ScaleLevel } from './scales';
import { MISSING_FORMS, STATE_FORMS, STATES, type RatingState } from './states';

/** What one raw cell means on one scale. */
export type LabelMatch =
  | { kind: 'rating'; code: string; ord: number }
  | { kind: 'state'; state: RatingState }
  | { kind: 'unknown' };

const stateLookup = buildStateLookup();
const scaleLookups = new Map<ScaleId, Map<string, ScaleLevel>>();

function buildStateLookup(): Map<string, RatingState> {
  const map = new Map<string, RatingState>();
  for (const [state, forms] of Object.entries(STATE_FORMS) as [RatingState, string[]][]) {
    for (const form of forms) map.set(normaliseLabel(form), state);
  }
  for (const form of MISSING_FORMS) map.set(form, 'missing');
  // The states' own codes, as IRM Atlas's exports write them: a file exported here and loaded
  // again keeps "not applicable" apart from "missing".
  for (const state of STATES) {
    for (const form of [state, state.replaceAll('_', ' ')]) {
      const key = normaliseLabel(form);
      if (!map.has(key)) map.set(key, state);
    }
  }
  return map;
}

function lookupFor(scale: ScaleId): Map<string, ScaleLevel> {
  let map = scaleLookups.get(scale);
  if (!map) {
    map = new Map();
    for (const level of SCALES[scale]) {
      // Canonical codes are accepted as labels too ("not_started", "not started").
      for (const form of [
        level.code,
        level.code.replaceAll('_', ' '),
        ...level.en,
        ...level.fr,
        ...level.es,
      ]) {
        const key = normaliseLabel(form);
        if (!map.has(key)) map.set(key, level);
      }
    }
    scaleLookups.set(scale, map);
  }
  return map;
}

const matchCache = new Map<ScaleId, Map<string, LabelMatch>>();
/** A file repeats a handful of labels a million times; past this many a file is not like that. */
const CACHE_LIMIT = 4096;

/**
 * Matches a raw label against a scale; states are recognised first, blanks are `no_data`.
 * The answer is shared between calls with the same label: never mutate it.
 */
export function matchLabel(scale: ScaleId, raw: string | null | undefined): LabelMatch {
  let cache = matchCache.get(scale);
  if (!cache) matchCache.set(scale, (cache = new Map()));
  const text = raw ?? '';
  const hit = cache.get(text);
  if (hit) return hit;
  const match = matchUncached(scale, text);
  if (cache.size < CACHE_LIMIT) cache.set(text, match);
  return match;
}

function matchUncached(scale: ScaleId, raw: string): LabelMatch {
  const key = normaliseLabel(raw);
  if (key === '') return { kind: 'state', state: 'no_data' };
  // A rating label wins over a state form that happens to share its text ("No" vs "NO").
  const level = lookupFor(scale).get(key);
  if (level) return { kind: 'rating', code: level.code, ord: level.ord };
  const state = stateLookup.get(key) ?? stateLookup.get(raw.trim());
  if (state) return { kind: 'state', state };
  return { kind: 'unknown' };
}

/** The labels of a scale in one language, for display (states too: see ratingLabel). */
export function levelLabel(scale: ScaleId, code: string, lang: 'en' | 'fr' | 'es' = 'en'): string {
  const level = SCALES[scale].find((l) => l.code === code);
  return level?.[lang][0] ?? code;
}
