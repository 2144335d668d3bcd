import { useT } from '../../i18n';
import { useMemo, useState } from 'react';
import { useDataset, useView } from '../../hooks/app-context';
import { downloadFile } from '../../lib/download';
import { dataStatus, tableToCsv } from '../../lib/export-table';
import { formatCount } from '../../lib/format';
import { ConsoleRefusal, ROW_CAP, type ConsoleResult } from '../../queries/sql-console';
import { DataTable } from '../../tables/DataTable';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { resultColumns, toRows } from './result-columns';
import { SqlEditor } from './SqlEditor';
import { useSqlConsole } from './use-sql-console';
import './sql.css';

/** A read-only SQL console over the loaded tables; the query lives in the URL (`q`). */
export function SqlView() {
  const { params, setParams } = useView();
  const [run, setRun] = useState(0);
  const sql = params.q ?? '';
  const state = useSqlConsole(sql, run);
  const tr = useT();
  const { t } = tr;
  const [before, after = ''] = t('plans.sql_intro', {
    tables: '\u0000',
    cap: formatCount(ROW_CAP, tr),
  }).split('\u0000');
  const submit = (text: string) => {
    if (text === sql) setRun((n) => n + 1);
    else setParams({ q: text });
  };
  return (
    <section aria-labelledby="sql-title" className="sql-console">
      <h2 id="sql-title">{t('plans.sql_title')}</h2>
      <p className="note">
        {before}
        <code>commitments</code>, <code>members</code>, <code>action_plans</code>,{' '}
        <code>load_issues</code>, <code>datasets</code>
        {after}
      </p>
      <SqlEditor key={sql} initial={sql} onSubmit={submit} busy={state.status === 'pending'} />
      {state.status === 'error' && (
        <div data-testid={state.error instanceof ConsoleRefusal ? 'sql-refused' : 'sql-error'}>
          <ErrorMessage
            error={state.error}
            title={
              state.error instanceof ConsoleRefusal ? t('plans.sql_refused') : t('plans.sql_failed')
            }
          />
        </div>
      )}
      {state.data && state.status !== 'error' && (
        <Result result={state.data} stale={state.status === 'pending'} />
      )}
    </section>
  );
}

function Result({ result, stale }: { result: ConsoleResult; stale: boolean }) {
  const { load } = useDataset();
  const tr = useT();
  const { t } = tr;
  const columns = useMemo(() => resultColumns(result.names), [result]);
  const rows = useMemo(() => toRows(result.columns), [result]);
  const dataset = load.data?.dataset;
  const exportCsv = () => {
    if (!dataset) return;
    const csv = tableToCsv(result, {
      dataset: dataset.name,
      simulated: dataset.simulated,
      rules: t('plans.sql_rules'),
      status: dataStatus(dataset.simulated, tr),
    });
    downloadFile(
      `irm-atlas-query${dataset.simulated ? '-SIMULATED' : ''}.csv`,
      csv,
      'text/csv;charset=utf-8',
    );
  };
  return (
    <div className={stale ? 'stale' : undefined} data-testid="sql-result">
      <p className="result-count">
        {t('plans.sql_rows', { count: rows.length, countText: formatCount(rows.length, tr) })}
        {result.truncated ? t('plans.sql_cut', { cap: formatCount(ROW_CAP, tr) }) : ''}
        {t('plans.sql_ms', { ms: String(result.ms) })}{' '}
        <button type="button" onClick={exportCsv} data-testid="sql-export-csv">
          {t('plans.sql_export')}
        </button>
        {dataset?.simulated && <span className="badge sim">{t('common.simulatedBadge')}</span>}
      </p>
      <DataTable
        columns={columns}
        data={rows}
        caption={t('plans.sql_result')}
        pageSize={50}
        testId="sql-table"
      />
    </div>
  );
}
