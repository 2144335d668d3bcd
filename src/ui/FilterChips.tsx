import { useView } from '../hooks/app-context';
import { useT } from '../i18n';
import { filterChips } from '../state/filter-summary';

/** Every active filter as a removable chip (cross-filter clicks land here too). */
export function FilterChips() {
  const { filters, setFilters } = useView();
  const tr = useT();
  const chips = filterChips(filters, tr);
  if (chips.length === 0) return <p className="chips muted">{tr.t('filters.noFilter')}</p>;
  return (
    <ul className="chips" aria-label="Active filters" data-testid="filter-chips">
      {chips.map((c) => (
        <li key={c.id} className="chip" data-chip={c.id}>
          <span>{c.label}</span>
          <button
            type="button"
            aria-label={`Remove filter ${c.label}`}
            onClick={() => setFilters(c.without)}
          >
            ×
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button
            type="button"
            className="clear"
            onClick={() => setFilters({})}
            data-testid="clear-filters"
          >
            {tr.t('filters.clearAll')}
          </button>
        </li>
      )}
    </ul>
  );
}
