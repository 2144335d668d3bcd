import { useMemo, useState } from 'react';
import { useDataset, useView } from '../../hooks/app-context';
import { downloadFile } from '../../lib/download';
import { tableToCsv } from '../../lib/export-table';
import { formatCount } from '../../lib/format';
import { ConsoleRefusal, ROW_CAP, type ConsoleResult } from '../../queries/sql-console';
import { DataTable } from '../../tables/DataTable';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { resultColumns, toRows } from './result-columns';
import { SqlEditor } from './SqlEditor';
import { useSqlConsole } from './use-sql-console';
import './sql.css';

const CONSOLE_RULES =
  'raw tables: switches do not apply (h_* columns hold the default rules; h_ambition_high_alt and h_starred_2015 hold the switch variants)';

/** A read-only SQL console over the loaded tables; the query lives in the URL (`q`). */
export function SqlView() {
  const { params, setParams } = useView();
  const [run, setRun] = useState(0);
  const sql = params.q ?? '';
  const state = useSqlConsole(sql, run);
  const submit = (text: string) => {
    if (text === sql) setRun((n) => n + 1);
    else setParams({ q: text });
  };
  return (
    <section aria-labelledby="sql-title" className="sql-console">
      <h2 id="sql-title">SQL console</h2>
      <p className="note">
        Read-only: SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW and EXPLAIN over the loaded
        tables <code>commitments</code>, <code>members</code>, <code>action_plans</code>,{' '}
        <code>load_issues</code>, <code>datasets</code>. Anything else is refused, and every
        statement runs inside a transaction that is rolled back. At most {formatCount(ROW_CAP)} rows
        are shown and exported.
      </p>
      <SqlEditor key={sql} initial={sql} onSubmit={submit} busy={state.status === 'pending'} />
      {state.status === 'error' && (
        <div data-testid={state.error instanceof ConsoleRefusal ? 'sql-refused' : 'sql-error'}>
          <ErrorMessage
            error={state.error}
            title={
              state.error instanceof ConsoleRefusal
                ? 'Refused by the read-only console'
                : 'DuckDB could not run this statement (nothing was changed)'
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
  const columns = useMemo(() => resultColumns(result.names), [result]);
  const rows = useMemo(() => toRows(result.columns), [result]);
  const dataset = load.data?.dataset;
  const exportCsv = () => {
    if (!dataset) return;
    const csv = tableToCsv(result, {
      dataset: dataset.name,
      simulated: dataset.simulated,
      rules: CONSOLE_RULES,
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
        {formatCount(rows.length)} row{rows.length === 1 ? '' : 's'}
        {result.truncated ? ` (cut at ${formatCount(ROW_CAP)})` : ''} in {result.ms} ms{' '}
        <button type="button" onClick={exportCsv} data-testid="sql-export-csv">
          Export CSV
        </button>
        {dataset?.simulated && <span className="badge sim">SIMULATED DATA</span>}
      </p>
      <DataTable columns={columns} data={rows} caption="Result" pageSize={50} testId="sql-table" />
    </div>
  );
}
