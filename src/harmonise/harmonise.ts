import type { RatingFieldId } from '../model/rating-fields';
import { isRating, strongestState, type Era, type Harmonised, type NativeRating } from './native';

export type NativeRatings = Partial<Record<RatingFieldId, NativeRating>>;

/** relevance comes from OGP's own `_Relevant` when the file has it, else from the value flags. */
export interface RelevanceInput {
  fromColumn: NativeRating | undefined;
  valueFlags: { ati?: NativeRating; cp?: NativeRating; pa?: NativeRating } | undefined;
}

export interface HarmonisedRow {
  verifiable: Harmonised;
  relevant: Harmonised;
  ambition_high: Harmonised;
  /** Ambition under the era's switch: transformative-only (pre2020) or modest-counts (refresh). */
  ambition_high_alt: Harmonised;
  completion_final: {
    code: string;
    ord: number | null;
    stage: 'end_of_term' | 'midterm' | null;
    rule: string;
  };
  high_completion: Harmonised;
  results_level: { level: number | null; state: string | null; rule: string };
  strong_results: Harmonised;
  starred: Harmonised;
  starred_2015: Harmonised;
  promising: Harmonised;
}

const yes = (rule: string): Harmonised => ({ value: 'yes', rule });
const no = (rule: string): Harmonised => ({ value: 'no', rule });
const yn = (cond: boolean, rule: string): Harmonised => (cond ? yes(rule) : no(rule));

export function harmoniseVerifiable(r: NativeRatings): Harmonised {
  if (isRating(r.verifiable))
    return yn(r.verifiable.code === 'yes', `Verifiable = ${r.verifiable.raw}`);
  if (isRating(r.specificity)) {
    return yn(
      r.specificity.ord >= 2,
      `Specificity ${r.specificity.raw}: Medium/High → yes, None/Low → no (OGP)`,
    );
  }
  return {
    value: strongestState(r.verifiable, r.specificity),
    rule: 'no Verifiable or Specificity rating',
  };
}

export function harmoniseRelevant(input: RelevanceInput, r: NativeRatings): Harmonised {
  if (isRating(r.relevant)) return yn(r.relevant.code === 'yes', `Relevant = ${r.relevant.raw}`);
  if (input.fromColumn) {
    if (isRating(input.fromColumn))
      return yn(input.fromColumn.code === 'yes', `_Relevant = ${input.fromColumn.raw} (OGP)`);
    return { value: strongestState(input.fromColumn), rule: '_Relevant holds no rating' };
  }
  const flags = input.valueFlags;
  if (flags) {
    const three = [flags.ati, flags.cp, flags.pa];
    if (three.some((f) => isRating(f) && f.code === 'yes'))
      return yes('a value flag ATI/CP/PA = 1');
    if (three.every((f) => isRating(f) && f.code === 'no'))
      return no('ATI, CP and PA all 0 (Technology alone does not count)');
    return { value: strongestState(...three), rule: 'value flags incomplete' };
  }
  return { value: strongestState(r.relevant), rule: 'no relevance data' };
}

/**
 * pre2020: Moderate/Transformative and relevant → high (reproduces OGP's High Ambition);
 * refresh: Substantial and relevant → high (decision; the export leaves it blank).
 */
export function harmoniseAmbition(
  era: Era | null,
  r: NativeRatings,
  relevant: Harmonised,
  variant: 'default' | 'alt',
): Harmonised {
  if (isRating(r.ambition))
    return yn(r.ambition.code === 'high', `Ambition printed as ${r.ambition.raw}`);
  const rel = relevant.value === 'yes';
  const relState = relevant.value !== 'yes' && relevant.value !== 'no';
  if (era === 'pre2020' && isRating(r.potential_impact)) {
    const min = variant === 'alt' ? 3 : 2;
    const rule =
      variant === 'alt'
        ? 'Transformative and relevant (switch: transformative only)'
        : 'Moderate/Transformative and relevant (OGP High Ambition)';
    if (r.potential_impact.ord < min)
      return no(`Potential Impact ${r.potential_impact.raw}; ${rule}`);
    if (relState)
      return { value: relevant.value, rule: 'potential impact high but relevance not rated' };
    return yn(rel, `Potential Impact ${r.potential_impact.raw}; ${rule}`);
  }
  if (era === 'refresh' && isRating(r.potential_results)) {
    const min = variant === 'alt' ? 1 : 2;
    const rule =
      variant === 'alt'
        ? 'Modest/Substantial and relevant (switch: moderate level counts)'
        : 'Substantial and relevant (decision)';
    if (r.potential_results.ord < min)
      return no(`Potential for Results ${r.potential_results.raw}; ${rule}`);
    if (relState)
      return { value: relevant.value, rule: 'potential for results high but relevance not rated' };
    return yn(rel, `Potential for Results ${r.potential_results.raw}; ${rule}`);
  }
  const source = era === 'refresh' ? r.potential_results : r.potential_impact;
  return { value: strongestState(source, r.ambition), rule: 'no potential rating for its era' };
}

export function harmoniseCompletion(r: NativeRatings): HarmonisedRow['completion_final'] {
  if (isRating(r.completion_eot)) {
    return {
      code: r.completion_eot.code,
      ord: r.completion_eot.ord,
      stage: 'end_of_term',
      rule: 'end-of-term completion',
    };
  }
  if (isRating(r.completion_midterm)) {
    return {
      code: r.completion_midterm.code,
      ord: r.completion_midterm.ord,
      stage: 'midterm',
      rule: 'no end-of-term rating; mid-term completion used',
    };
  }
  return {
    code: strongestState(r.completion_eot, r.completion_midterm),
    ord: null,
    stage: null,
    rule: 'no completion rating',
  };
}

const DIOG_TO_RESULTS: Record<string, number> = {
  worsens: -1,
  did_not_change: 0,
  no_early_results_yet: 0,
  marginal: 1,
  major: 2,
  outstanding: 3,
};

export function harmoniseResults(r: NativeRatings): HarmonisedRow['results_level'] {
  if (isRating(r.early_results))
    return {
      level: r.early_results.ord,
      state: null,
      rule: `Early Results ${r.early_results.raw}`,
    };
  if (isRating(r.diog_overall)) {
    return {
      level: DIOG_TO_RESULTS[r.diog_overall.code] ?? null,
      state: null,
      rule: `DIOG ${r.diog_overall.raw} (Worsens −1 … Outstanding 3)`,
    };
  }
  return {
    level: null,
    state: strongestState(r.early_results, r.diog_overall),
    rule: 'no Early Results or DIOG rating',
  };
}

function firstYesNo(rule: string, ...sources: [string, NativeRating | undefined][]): Harmonised {
  for (const [name, s] of sources)
    if (isRating(s)) return yn(s.code === 'yes', `${name} = ${s.raw}${rule}`);
  return {
    value: strongestState(...sources.map(([, s]) => s)),
    rule: `no ${sources.map(([n]) => n).join(' or ')} value`,
  };
}

export function harmoniseRow(
  era: Era | null,
  r: NativeRatings,
  relevance: RelevanceInput,
): HarmonisedRow {
  const relevant = harmoniseRelevant(relevance, r);
  const completion = harmoniseCompletion(r);
  const results = harmoniseResults(r);
  return {
    verifiable: harmoniseVerifiable(r),
    relevant,
    ambition_high: harmoniseAmbition(era, r, relevant, 'default'),
    ambition_high_alt: harmoniseAmbition(era, r, relevant, 'alt'),
    completion_final: completion,
    high_completion:
      completion.ord === null
        ? { value: completion.code as Harmonised['value'], rule: completion.rule }
        : yn(
            completion.ord >= 4,
            `${completion.rule}: Substantial/Complete → yes (OGP High Completion)`,
          ),
    results_level: results,
    strong_results:
      results.level === null
        ? { value: (results.state ?? 'no_data') as Harmonised['value'], rule: results.rule }
        : yn(results.level >= 2, `${results.rule}: level ≥ 2 → strong (OGP High DIOG)`),
    starred: firstYesNo(
      '',
      ['Starred (current formula) end of term', r.starred],
      ['Starred (current formula) mid-term', r.starred_midterm],
    ),
    starred_2015: firstYesNo(' (2015-only rule)', ['Starred (2015 only)', r.starred_2015]),
    promising:
      era === 'pre2020' && !isRating(r.promising)
        ? { value: 'not_applicable', rule: 'promising exists only in the refresh era' }
        : firstYesNo('', ['Promising', r.promising]),
  };
}
