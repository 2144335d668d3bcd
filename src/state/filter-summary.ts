import type { Filters } from '../queries/filters';

type ListKey = 'regions' | 'kinds' | 'eras' | 'members' | 'cycles' | 'values' | 'policyAreas';

export const LIST_FILTERS: readonly { key: ListKey; label: string }[] = [
  { key: 'regions', label: 'Region' },
  { key: 'kinds', label: 'National/local' },
  { key: 'eras', label: 'Era' },
  { key: 'values', label: 'OGP value' },
  { key: 'policyAreas', label: 'Policy area' },
  { key: 'members', label: 'Member' },
  { key: 'cycles', label: 'Cycle' },
];

const VALUE_LABELS: Partial<Record<ListKey, Record<string, string>>> = {
  eras: { pre2020: 'pre-2020 IRM', refresh: 'IRM Refresh (2020 on)' },
  kinds: { national: 'National', local: 'Local', other: 'Other' },
  values: {
    access_to_information: 'Access to information',
    civic_participation: 'Civic participation',
    public_accountability: 'Public accountability',
    technology: 'Technology and innovation',
  },
};

export function valueLabel(key: ListKey, value: string): string {
  return VALUE_LABELS[key]?.[value] ?? value;
}

export interface FilterChip {
  id: string;
  label: string;
  /** The filters without this chip. */
  without: Filters;
}

export function yearRangeLabel(f: Filters): string | null {
  const { yearFrom: a, yearTo: b } = f;
  if (a === undefined && b === undefined) return null;
  if (a !== undefined && b !== undefined) return a === b ? `${a}` : `${a}–${b}`;
  return a !== undefined ? `from ${a}` : `up to ${b}`;
}

/** One removable chip per active filter value (and one for the cycle-year range). */
export function filterChips(f: Filters): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const { key, label } of LIST_FILTERS) {
    for (const value of f[key] ?? []) {
      const rest = (f[key] ?? []).filter((v) => v !== value);
      chips.push({
        id: `${key}:${value}`,
        label: `${label}: ${valueLabel(key, value)}`,
        without: { ...f, [key]: rest.length > 0 ? rest : undefined },
      });
    }
  }
  const years = yearRangeLabel(f);
  if (years) {
    chips.push({
      id: 'years',
      label: `Plan start year: ${years}`,
      without: { ...f, yearFrom: undefined, yearTo: undefined },
    });
  }
  return chips;
}

/** The filter in words, for chart exports and notes. */
export function filterSummary(f: Filters): string {
  const parts = LIST_FILTERS.flatMap(({ key, label }) => {
    const values = f[key];
    return values && values.length > 0
      ? [`${label}: ${values.map((v) => valueLabel(key, v)).join(', ')}`]
      : [];
  });
  const years = yearRangeLabel(f);
  if (years) parts.push(`Plan start year: ${years}`);
  return parts.length > 0 ? `Filters: ${parts.join(' · ')}` : 'Filters: none (every commitment)';
}

/** Said on screen whenever national and local members are pooled (irm-methodology.md §5). */
export function kindNote(f: Filters): string | null {
  return f.kinds && f.kinds.length > 0
    ? null
    : 'National and local members pooled (filter "National/local" to separate them).';
}

/** Cross-filtering: adds a value to a list filter (no change if it is already there). */
export function withValue(f: Filters, key: ListKey, value: string): Filters {
  const list = f[key] ?? [];
  return list.includes(value) ? f : { ...f, [key]: [...list, value] };
}

export function hasFilters(f: Filters): boolean {
  return filterChips(f).length > 0;
}
