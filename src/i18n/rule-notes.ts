import type { en } from './messages/ruleNotes';
import type { Translator } from './translator';

type NoteKey = keyof typeof en;

/** Fixed notes, word for word as src/harmonise and src/harmonise/era.ts write them. */
const FIXED: Record<string, NoteKey> = {
  'no Verifiable or Specificity rating': 'noVerifiable',
  '_Relevant holds no rating': 'relevantNoRating',
  'a value flag ATI/CP/PA = 1': 'valueFlagYes',
  'ATI, CP and PA all 0 (Technology alone does not count)': 'valueFlagsNo',
  'value flags incomplete': 'valueFlagsIncomplete',
  'no relevance data': 'noRelevance',
  'potential impact high but relevance not rated': 'impactNoRelevance',
  'potential for results high but relevance not rated': 'resultsNoRelevance',
  'no potential rating for its era': 'noPotential',
  'end-of-term completion': 'completionEot',
  'no end-of-term rating; mid-term completion used': 'completionMid',
  'no completion rating': 'noCompletion',
  'no Early Results or DIOG rating': 'noResults',
  'promising exists only in the refresh era': 'promisingRefreshOnly',
  'Potential for Results is rated': 'eraResults',
  'Specificity or Potential Impact is rated': 'eraPre2020',
  'no design rating and no submission year': 'eraUnknown',
  'no design rating; submitted 2020 or later': 'eraYearRefresh',
  'no design rating; submitted before 2020': 'eraYearPre2020',
};

/** Notes with a raw label inside: the pattern's one group is the label, kept as printed. */
const WITH_RAW: [RegExp, NoteKey][] = [
  [/^Verifiable = (.*)$/s, 'verifiableIs'],
  [/^Specificity (.*): Medium\/High → yes, None\/Low → no \(OGP\)$/s, 'specificity'],
  [/^_Relevant = (.*) \(OGP\)$/s, 'relevantColumn'],
  [/^Relevant = (.*)$/s, 'relevantIs'],
  [/^Ambition printed as (.*)$/s, 'ambitionPrinted'],
  [
    /^Potential Impact (.*); Moderate\/Transformative and relevant \(OGP High Ambition\)$/s,
    'impactDefault',
  ],
  [
    /^Potential Impact (.*); Transformative and relevant \(switch: transformative only\)$/s,
    'impactAlt',
  ],
  [/^Potential for Results (.*); Substantial and relevant \(decision\)$/s, 'resultsDefault'],
  [
    /^Potential for Results (.*); Modest\/Substantial and relevant \(switch: moderate level counts\)$/s,
    'resultsAlt',
  ],
  [/^Early Results (.*)$/s, 'earlyResults'],
  [/^DIOG (.*) \(Worsens −1 … Outstanding 3\)$/s, 'diog'],
];

/** Notes that wrap another note. */
const WRAPPING: [RegExp, NoteKey][] = [
  [/^(.*): Substantial\/Complete → yes \(OGP High Completion\)$/s, 'highCompletion'],
  [/^(.*): level ≥ 2 → strong \(OGP High DIOG\)$/s, 'strongResults'],
];

const FIELDS: Record<string, NoteKey> = {
  'Starred (current formula) end of term': 'starredEot',
  'Starred (current formula) mid-term': 'starredMid',
  'Starred (2015 only)': 'starred2015',
  Promising: 'promising',
};

/**
 * A harmonisation note (stored in English, e.g. "Potential Impact Moderate; Moderate/
 * Transformative and relevant (OGP High Ambition)") in the UI language. A note this table does
 * not know is shown as stored rather than guessed; a test runs it over every note the loader
 * writes on the default dataset and OGP's sample.
 */
export function translateRuleNote(note: string, tr: Translator): string {
  if (tr.lang === 'en') return note;
  return translated(note, tr) ?? note;
}

function translated(note: string, tr: Translator): string | null {
  const t = (key: NoteKey, values?: Record<string, string>) => tr.t(`ruleNotes.${key}`, values);
  const fixed = Object.hasOwn(FIXED, note) ? FIXED[note] : undefined;
  if (fixed) return t(fixed);
  for (const [re, key] of WRAPPING) {
    const m = re.exec(note);
    if (m) return t(key, { base: translated(m[1] ?? '', tr) ?? m[1] ?? '' });
  }
  for (const [re, key] of WITH_RAW) {
    const m = re.exec(note);
    if (m) return t(key, { raw: m[1] ?? '' });
  }
  const field = /^(.*) = (.*?)( \(2015-only rule\))?$/s.exec(note);
  const fieldKey = field && Object.hasOwn(FIELDS, field[1] ?? '') ? FIELDS[field[1] ?? ''] : null;
  if (field && fieldKey) {
    return t('fieldIs', {
      field: t(fieldKey),
      raw: field[2] ?? '',
      suffix: field[3] ? t('rule2015') : '',
    });
  }
  const none = /^no (.*) value$/s.exec(note);
  if (none) {
    const names = (none[1] ?? '').split(' or ').map((n) => {
      const key = Object.hasOwn(FIELDS, n) ? FIELDS[n] : undefined;
      return key ? t(key) : null;
    });
    if (names.every((n): n is string => n !== null)) {
      const list = new Intl.ListFormat(tr.lang, { type: 'disjunction' }).format(names);
      return t('noValue', { fields: list });
    }
  }
  return null;
}
