import { useView } from '../hooks/app-context';
import { useT, type MessageId, type Translator } from '../i18n';
import type { FilterOption } from '../queries/filter-options';
import type { Filters } from '../queries/filters';
import { kindNote, valueLabel } from '../state/filter-summary';
import { FilterChips } from './FilterChips';
import { MultiSelect, type Choice } from './MultiSelect';
import { useFilterOptions } from './use-filter-options';
import './filter-bar.css';

type ListKey = 'regions' | 'kinds' | 'eras' | 'values' | 'policyAreas' | 'members';

const LISTS: readonly { key: ListKey; label: MessageId; testId: string; searchable?: boolean }[] = [
  { key: 'regions', label: 'filters.regions', testId: 'filter-region' },
  { key: 'kinds', label: 'filters.kinds', testId: 'filter-kind' },
  { key: 'eras', label: 'filters.eras', testId: 'filter-era' },
  { key: 'values', label: 'filters.values', testId: 'filter-value' },
  { key: 'policyAreas', label: 'filters.policyAreas', testId: 'filter-policy', searchable: true },
  { key: 'members', label: 'filters.membersList', testId: 'filter-member', searchable: true },
];

const choices = (key: ListKey, options: readonly FilterOption[], tr: Translator): Choice[] =>
  options.map((o) => ({
    value: o.value,
    label: valueLabel(key, o.value, tr),
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
  const tr = useT();
  const o = options.data;
  const set = (change: Partial<Filters>) => {
    const next: Filters = { ...filters, ...change };
    for (const k of Object.keys(change) as (keyof Filters)[]) {
      const v = next[k];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[k];
    }
    setFilters(next);
  };
  const note = kindNote(filters, tr);
  return (
    <section className="filter-bar" aria-label="Filters" data-testid="filter-bar">
      <div className="filter-row">
        {LISTS.map(({ key, label, testId, searchable }) => (
          <MultiSelect
            key={key}
            label={tr.t(label)}
            testId={testId}
            searchable={searchable}
            choices={o ? choices(key, o[key], tr) : []}
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
  const { t } = useT();
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
        <option value="">{t('filters.any')}</option>
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
      <legend>{t('filters.planStartYear')}</legend>
      {select('yearFrom', t('filters.from'))}
      {select('yearTo', t('filters.to'))}
    </fieldset>
  );
}
