import { describe, expect, it } from 'vitest';
import {
  matchLabel,
  normaliseHeader,
  normaliseLabel,
  SCALES,
  STATE_FORMS,
  type ScaleId,
} from '../../src/vocab';

const perLabel = (Object.entries(SCALES) as [ScaleId, (typeof SCALES)[ScaleId]][]).flatMap(
  ([scale, levels]) =>
    levels.flatMap((level) =>
      (['en', 'fr', 'es'] as const).flatMap((lang) =>
        level[lang].map((label) => ({ scale, lang, label, code: level.code })),
      ),
    ),
);

describe('vocabulary: every label of every scale maps to its own level', () => {
  it.each(perLabel)('$scale [$lang] "$label" → $code', ({ scale, label, code }) => {
    expect(matchLabel(scale, label)).toMatchObject({ kind: 'rating', code });
    // Case, accents and spacing do not matter.
    expect(
      matchLabel(scale, ` ${label.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '')}  `),
    ).toMatchObject({ code });
  });
});

describe('states are recognised on every scale and are never ratings', () => {
  const cases = Object.entries(STATE_FORMS).flatMap(([state, forms]) =>
    forms.map((form) => ({ state, form })),
  );
  it.each(cases)('"$form" → $state', ({ state, form }) => {
    for (const scale of ['completion', 'potential_impact', 'early_results'] as const) {
      expect(matchLabel(scale, form)).toEqual({ kind: 'state', state });
    }
  });
  it('blank is no data, "-" is missing, and an unknown label is unknown', () => {
    expect(matchLabel('completion', '   ')).toEqual({ kind: 'state', state: 'no_data' });
    expect(matchLabel('completion', '-')).toEqual({ kind: 'state', state: 'missing' });
    expect(matchLabel('completion', 'Mostly done')).toEqual({ kind: 'unknown' });
  });
});

describe('the French forms printed on the seed pages', () => {
  it.each([
    ['yes_no', 'Oui', 'yes'],
    ['yes_no', 'Non', 'no'],
    ['ambition', 'Haut', 'high'],
    ['ambition', 'Faible', 'low'],
    ['potential_results', 'Sustancial', 'substantial'], // a Spanish word inside the French page
    ['completion', 'limité', 'limited'],
    ['completion', 'limitée', 'limited'],
    ['diog', "n'a pas changé", 'did_not_change'],
    ['diog', 'n’ont pas changé', 'did_not_change'],
  ] as const)('%s "%s" → %s', (scale, label, code) => {
    expect(matchLabel(scale, label)).toMatchObject({ kind: 'rating', code });
  });
  it.each(['examen du MII en attente', "en attente d'examen par le MII", 'Pending IRM review'])(
    '"%s" is pending IRM review',
    (label) => {
      expect(matchLabel('completion', label)).toEqual({ kind: 'state', state: 'pending_irm' });
    },
  );
});

describe('normalisation', () => {
  it('strips accents, case, non-breaking spaces and trailing punctuation from labels', () => {
    expect(normaliseLabel('  Limitée\u00a0: ')).toBe('limitee');
    expect(normaliseLabel('Did\u202fNot   Change.')).toBe('did not change');
  });
  it('strips a long run of trailing punctuation (regression: the old pattern was quadratic)', () => {
    expect(normaliseLabel(`Limited${'.'.repeat(200_000)}`)).toBe('limited');
    expect(normaliseLabel(`x${'*'.repeat(200_000)}ab`)).toBe(`x${'*'.repeat(200_000)}ab`);
  });
  it('keeps "_" significant in headers and treats "(X)" and ": X" alike', () => {
    expect(normaliseHeader('Specificity')).not.toBe(normaliseHeader('_Specificity'));
    expect(normaliseHeader('Did It Open Government: Public Accountability')).toBe(
      normaliseHeader('did it open government (public accountability)'),
    );
    expect(normaliseHeader('\uFEFFCompletion (End Of Term)')).toBe(
      normaliseHeader('completion (end of term)'),
    );
  });
});

describe('vocabulary: the states’ own codes, as IRM Atlas exports them', () => {
  const scales = Object.keys(SCALES) as ScaleId[];
  const codes = ['pending_irm', 'no_data', 'not_reviewed', 'not_applicable', 'missing'] as const;
  it.each(codes)('%s reads back as that state on every scale, with or without underscores', (c) => {
    for (const scale of scales) {
      expect(matchLabel(scale, c), `${scale}: ${c}`).toEqual({ kind: 'state', state: c });
      const spaced = c.replaceAll('_', ' ').toUpperCase();
      expect(matchLabel(scale, spaced), `${scale}: ${spaced}`).toEqual({ kind: 'state', state: c });
    }
  });
});
