import { useT } from '../../i18n';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDataset, useView } from '../../hooks/app-context';
import { formatCount } from '../../lib/format';
import { DataTable } from '../../tables/DataTable';
import type { ServerState } from '../../tables/server-state';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FilterBar } from '../../ui/FilterBar';
import { ColumnChooser } from './ColumnChooser';
import { ExportButtons } from './ExportButtons';
import {
  PAGE_SIZES,
  exploreParamsOnly,
  parseExploreParams,
  writeExploreParams,
  type ExploreParams,
} from './explore-params';
import { exploreTableColumns } from './explore-table-columns';
import { SearchBox } from './SearchBox';
import { useExplorePage } from './use-explore';
import './explore.css';

/** Every commitment, paged, sorted and searched by DuckDB; the whole state lives in the URL. */
export function ExploreView() {
  const { params, setParams, filters, switches } = useView();
  const { load } = useDataset();
  const p = useMemo(() => parseExploreParams(params), [params]);
  const state = useExplorePage(p);
  const update = useCallback(
    (change: Partial<ExploreParams>, replace = true) =>
      setParams(writeExploreParams({ ...p, ...change }), { replace }),
    [p, setParams],
  );
  const onSearch = useCallback((search: string) => update({ search, pageIndex: 0 }), [update]);
  // New filters make a new selection: back to its first page.
  const filterKey = JSON.stringify(filters);
  const lastFilters = useRef(filterKey);
  useEffect(() => {
    if (filterKey === lastFilters.current) return;
    lastFilters.current = filterKey;
    if (p.pageIndex > 0) update({ pageIndex: 0 });
  }, [filterKey, p.pageIndex, update]);
  const carry = useMemo(() => exploreParamsOnly(params), [params]);
  const tr = useT();
  const { t } = tr;
  const columns = useMemo(() => exploreTableColumns(p.columns, carry, tr), [p.columns, carry, tr]);
  const result = state.data;
  const server: ServerState = {
    sorting: p.sort ? [{ id: p.sort.id, desc: p.sort.desc }] : [],
    onSortingChange: (s) => {
      const first = s[0];
      update({ sort: first ? { id: first.id, desc: first.desc } : null, pageIndex: 0 });
    },
    pagination: { pageIndex: p.pageIndex, pageSize: p.pageSize },
    onPaginationChange: (next) => update({ pageIndex: next.pageIndex }, false),
    rowCount: result?.total ?? 0,
  };
  const selection = { filters, switches, search: p.search, sort: p.sort };
  const dataset = load.data?.dataset;
  return (
    <section aria-labelledby="explore-title" className="explore">
      <h2 id="explore-title">{t('explore.title')}</h2>
      {dataset?.simulated && (
        <p className="sim-note" data-testid="explore-sim-note">
          {t('explore.simNote', { name: dataset.name })}
        </p>
      )}
      <FilterBar />
      <div className="explore-controls">
        <SearchBox value={p.search} onCommit={onSearch} />
        <ColumnChooser chosen={p.columns} onChange={(ids) => update({ columns: ids })} />
        <label>
          {t('explore.rowsPerPage')}{' '}
          <select
            value={p.pageSize}
            onChange={(e) => update({ pageSize: Number(e.target.value), pageIndex: 0 })}
          >
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <ExportButtons selection={selection} columns={p.columns} total={result?.total ?? null} />
      </div>
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {result ? (
        <>
          <p className="result-count" data-testid="explore-count" data-value={result.total}>
            {t('explore.count', {
              count: result.total,
              countText: formatCount(result.total, tr),
            })}
            {state.status === 'pending' ? t('explore.updating') : ''}
          </p>
          {result.rows.length === 0 ? (
            <p className="muted" data-testid="explore-empty">
              {result.total === 0 ? (
                t('explore.noMatch')
              ) : (
                <>
                  {t('explore.pastEnd')}{' '}
                  <button type="button" onClick={() => update({ pageIndex: 0 })}>
                    {t('explore.firstPage')}
                  </button>
                </>
              )}
            </p>
          ) : null}
          <DataTable
            columns={columns}
            data={result.rows}
            caption={t('explore.caption')}
            testId="explore-table"
            server={server}
            busy={state.status === 'pending'}
            getRowId={(r, i) => (typeof r.commitment_id === 'string' ? r.commitment_id : String(i))}
          />
        </>
      ) : (
        <p className="muted">
          {state.status === 'pending' ? t('ui.loading') : t('explore.loadFirst')}
        </p>
      )}
    </section>
  );
}
