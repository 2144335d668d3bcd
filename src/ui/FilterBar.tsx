import { useView } from '../hooks/app-context';
import type { FilterOption } from '../queries/filter-options';
import type { Filters } from '../queries/filters';
import { kindNote, valueLabel } from '../state/filter-summary';
import { FilterChips } from './FilterChips';
import { MultiSelect, type Choice } from './MultiSelect';
import { useFilterOptions } from './use-filter-options';
import './filter-bar.css';

type ListKey = 'regions' | 'kinds' | 'eras' | 'values' | 'policyAreas' | 'members';

const LISTS: readonly { key: ListKey; label: string; testId: string; searchable?: boolean }[] = [
  { key: 'regions', label: 'Region', testId: 'filter-region' },
  { key: 'kinds', label: 'National/local', testId: 'filter-kind' },
  { key: 'eras', label: 'Era', testId: 'filter-era' },
  { key: 'values', label: 'OGP value', testId: 'filter-value' },
  { key: 'policyAreas', label: 'Policy area', testId: 'filter-policy', searchable: true },
  { key: 'members', label: 'Members', testId: 'filter-member', searchable: true },
];

const choices = (key: ListKey, options: readonly FilterOption[]): Choice[] =>
  options.map((o) => ({
    value: o.value,
    label: valueLabel(key, o.value),
    count: o.count,
    detail: o.detail,
  }));

/**
 * The global filters, shared by every analytic view and kept in the URL (`useView().filters`):
 * each change is a history entry, so Back undoes it. Props-free: drop it into any view.
 */
export function FilterBar() {
  const { filters, setFilters } = useView();
  const options = useFilterOptions();
  const o = options.data;
  const set = (change: Partial<Filters>) => {
    const next: Filters = { ...filters, ...change };
    for (const k of Object.keys(change) as (keyof Filters)[]) {
      const v = next[k];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[k];
    }
    setFilters(next);
  };
  const note = kindNote(filters);
  return (
    <section className="filter-bar" aria-label="Filters" data-testid="filter-bar">
      <div className="filter-row">
        {LISTS.map(({ key, label, testId, searchable }) => (
          <MultiSelect
            key={key}
            label={label}
            testId={testId}
            searchable={searchable}
            choices={o ? choices(key, o[key]) : []}
            selected={filters[key] ?? []}
            onChange={(v) => set({ [key]: v })}
          />
        ))}
        <YearRange years={o?.years ?? []} filters={filters} onChange={set} />
      </div>
      <FilterChips />
      {note && <p className="note kind-note">{note}</p>}
    </section>
  );
}

interface YearRangeProps {
  years: readonly number[];
  filters: Filters;
  onChange(change: Partial<Filters>): void;
}

/** Plan start-year range (the first year of a cycle): from / to, either open. */
function YearRange({ years, filters, onChange }: YearRangeProps) {
  const pick = (which: 'yearFrom' | 'yearTo', raw: string) => {
    const y = raw === '' ? undefined : Number(raw);
    const other = which === 'yearFrom' ? filters.yearTo : filters.yearFrom;
    const crossed =
      y !== undefined && other !== undefined && (which === 'yearFrom' ? y > other : y < other);
    onChange(crossed ? { yearFrom: y, yearTo: y } : { [which]: y });
  };
  const select = (which: 'yearFrom' | 'yearTo', label: string) => (
    <label>
      {label}{' '}
      <select
        value={filters[which] ?? ''}
        onChange={(e) => pick(which, e.target.value)}
        data-testid={`filter-${which === 'yearFrom' ? 'from' : 'to'}`}
      >
        <option value="">any</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="year-range">
      <legend>Plan start year</legend>
      {select('yearFrom', 'from')}
      {select('yearTo', 'to')}
    </fieldset>
  );
}
