import { EN, type Translator } from '../i18n/translator';
import type { Filters } from '../queries/filters';

type ListKey = 'regions' | 'kinds' | 'eras' | 'members' | 'cycles' | 'values' | 'policyAreas';

/** The list filters in the order they are named (labels: the `filters` catalog, per language). */
export const LIST_FILTERS: readonly { key: ListKey; label: string }[] = (
  ['regions', 'kinds', 'eras', 'values', 'policyAreas', 'members', 'cycles'] as const
).map((key) => ({ key, label: EN.t(`filters.${key}`) }));

/** A list filter's name in the UI language. */
export function filterLabel(key: ListKey, tr: Translator = EN): string {
  return tr.t(`filters.${key}`);
}

const VALUE_KEYS: Partial<Record<ListKey, readonly string[]>> = {
  eras: ['pre2020', 'refresh'],
  kinds: ['national', 'local', 'other'],
  values: ['access_to_information', 'civic_participation', 'public_accountability', 'technology'],
};
const PREFIX: Partial<Record<ListKey, string>> = { eras: 'era', kinds: 'kind', values: 'value' };

/** A coded filter value in words (eras, national/local, OGP values); names pass through. */
export function valueLabel(key: ListKey, value: string, tr: Translator = EN): string {
  if (!VALUE_KEYS[key]?.includes(value)) return value;
  return tr.t(`filters.${PREFIX[key]}_${value}` as Parameters<Translator['t']>[0]);
}

export interface FilterChip {
  id: string;
  label: string;
  /** The filters without this chip. */
  without: Filters;
}

export function yearRangeLabel(f: Filters, tr: Translator = EN): string | null {
  const { yearFrom: a, yearTo: b } = f;
  if (a === undefined && b === undefined) return null;
  if (a !== undefined && b !== undefined) return a === b ? `${a}` : `${a}–${b}`;
  return a !== undefined
    ? tr.t('filters.yearFrom', { year: String(a) })
    : tr.t('filters.yearTo', { year: String(b) });
}

/** One removable chip per active filter value (and one for the cycle-year range). */
export function filterChips(f: Filters, tr: Translator = EN): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const { key } of LIST_FILTERS) {
    const label = filterLabel(key, tr);
    for (const value of f[key] ?? []) {
      const rest = (f[key] ?? []).filter((v) => v !== value);
      chips.push({
        id: `${key}:${value}`,
        label: tr.t('filters.chip', { label, value: valueLabel(key, value, tr) }),
        without: { ...f, [key]: rest.length > 0 ? rest : undefined },
      });
    }
  }
  const years = yearRangeLabel(f, tr);
  if (years) {
    chips.push({
      id: 'years',
      label: tr.t('filters.chip', { label: tr.t('filters.planStartYear'), value: years }),
      without: { ...f, yearFrom: undefined, yearTo: undefined },
    });
  }
  return chips;
}

/** The filter in words, for chart exports and notes. */
export function filterSummary(f: Filters, tr: Translator = EN): string {
  const parts = LIST_FILTERS.flatMap(({ key }) => {
    const values = f[key];
    return values && values.length > 0
      ? [
          tr.t('filters.chip', {
            label: filterLabel(key, tr),
            value: values.map((v) => valueLabel(key, v, tr)).join(', '),
          }),
        ]
      : [];
  });
  const years = yearRangeLabel(f, tr);
  if (years)
    parts.push(tr.t('filters.chip', { label: tr.t('filters.planStartYear'), value: years }));
  return parts.length > 0
    ? tr.t('filters.summary', { parts: parts.join(' · ') })
    : tr.t('filters.summaryNone');
}

/** Said on screen whenever national and local members are pooled (irm-methodology.md §5). */
export function kindNote(f: Filters, tr: Translator = EN): string | null {
  return f.kinds && f.kinds.length > 0 ? null : tr.t('filters.kindNote');
}

/** Cross-filtering: adds a value to a list filter (no change if it is already there). */
export function withValue(f: Filters, key: ListKey, value: string): Filters {
  const list = f[key] ?? [];
  return list.includes(value) ? f : { ...f, [key]: [...list, value] };
}

export function hasFilters(f: Filters): boolean {
  return filterChips(f).length > 0;
}
