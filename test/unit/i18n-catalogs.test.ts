import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  LANGS,
  loadCatalog,
  translator,
  type Catalog,
  type Lang,
  type MessageId,
} from '../../src/i18n';

// French and Spanish are lazy chunks in the app: fetch every one, so each is checked here.
const CATALOGS = Object.fromEntries(
  await Promise.all(LANGS.map(async (lang) => [lang, await loadCatalog(lang)] as const)),
) as Record<Lang, Catalog>;

/** Messages that are the same word in every language (names, acronyms, formats). */
/** Words that are spelt the same in that language (checked by a speaker, not copied). */
const SAME_WORD: Record<'fr' | 'es', readonly MessageId[]> = {
  fr: [
    'filters.kind_national',
    'filters.kind_local',
    'filters.cycles',
    'compare.points',
    'compare.h_cycle',
    'compare.era_refresh',
    'overview.h_source',
    'overview.h_message',
    'trends.h_cycle',
    'explore.col_cycle',
    'explore.col_source',
    'commitment.planNumber',
    'commitment.f_cycle',
    'commitment.f_dates',
    'commitment.f_source',
    'commitment.code',
    'member.h_plan',
    'member.h_cycle',
    'member.s_cycles',
    'plans.h_plan',
    'plans.h_cycle',
    'plans.h_participation',
    'plans.h_forum',
  ],
  // "Refresh" is the name of the IRM's 2020 methodology, not translated by OGP.
  es: [
    'filters.kind_local',
    'compare.era_refresh',
    'explore.no',
    'explore.short_not_applicable',
    'commitment.planNumber',
    'data.sev_error',
    'member.h_plan',
    'plans.h_plan',
  ],
};

const SAME_EVERYWHERE =
  /^(IRM Atlas|SQL|CSV|PNG|SVG|Parquet|JSON|n|OGP|IRM|\{[a-z]+\}|[A-Z]{2,}[^a-z]*)$/;

/** Placeholder names and, for plural/select arguments, their branch keys. */
function shape(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date) {
      out.add(el.value);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(`${el.value}:${el.type === TYPE.plural ? 'plural' : 'select'}`);
      if (el.type === TYPE.select)
        for (const k of Object.keys(el.options)) out.add(`${el.value}=${k}`);
      for (const opt of Object.values(el.options)) shape(opt.value, out);
    }
    if (el.type === TYPE.tag) shape(el.children, out);
  }
  return out;
}

function pluralsWithoutOther(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((el) => {
    if (el.type !== TYPE.plural && el.type !== TYPE.select) return [];
    const missing = 'other' in el.options ? [] : [el.value];
    return [...missing, ...Object.values(el.options).flatMap((o) => pluralsWithoutOther(o.value))];
  });
}

const ids = Object.keys(CATALOGS.en) as MessageId[];

describe('UI message catalogs', () => {
  it('has the same keys in English, French and Spanish', () => {
    for (const lang of LANGS)
      expect(Object.keys(CATALOGS[lang]).sort(), lang).toEqual([...ids].sort());
  });

  it.each(LANGS)('every %s message parses, is not empty, and every plural has "other"', (lang) => {
    const bad = ids.filter((id) => {
      const text = CATALOGS[lang][id];
      if (!text?.trim()) return true;
      return pluralsWithoutOther(parse(text)).length > 0;
    });
    expect(bad).toEqual([]);
  });

  it.each(['fr', 'es'] as const)('every %s message has the English placeholders', (lang) => {
    const differ = ids.filter(
      (id) =>
        [...shape(parse(CATALOGS.en[id]))].sort().join() !==
        [...shape(parse(CATALOGS[lang][id]))].sort().join(),
    );
    expect(differ).toEqual([]);
  });

  it.each(['fr', 'es'] as const)('no %s message is the untranslated English text', (lang) => {
    const copied = ids.filter(
      (id) =>
        CATALOGS[lang][id] === CATALOGS.en[id] &&
        !SAME_WORD[lang].includes(id) &&
        !SAME_EVERYWHERE.test(CATALOGS.en[id]) &&
        // Placeholders and symbols only ("{share} (n={n})", "—"): nothing to translate.
        /[A-Za-z]{2,}/.test(CATALOGS.en[id].replace(/\{[^{}]*\}/g, '')),
    );
    expect(copied).toEqual([]);
  });

  it('formats plurals and numbers per locale', () => {
    expect(translator('en').t('common.commitments', { count: 1 })).toBe('1 commitment');
    expect(translator('fr').t('common.commitments', { count: 1234 })).toBe(
      '1\u202f234 engagements',
    );
    expect(translator('es').t('common.commitments', { count: 2 })).toBe('2 compromisos');
    expect(translator('fr').percent(0.456)).toBe('46\u00a0%');
    expect(translator('en').percent(0.456, 1)).toBe('45.6%');
    expect(translator('es').number(1234.5, 1)).toBe('1234,5');
    expect(translator('fr').number(1234.5, 1)).toBe('1\u202f234,5');
  });
});
