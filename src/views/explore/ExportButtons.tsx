import { useT } from '../../i18n';
import { formatCount } from '../../lib/format';
import { useState } from 'react';
import { useDataset, useView } from '../../hooks/app-context';
import { toError } from '../../hooks/async-state';
import { downloadFile } from '../../lib/download';
import { tableToCsv, tableToParquet } from '../../lib/export-table';
import { fetchExploreExport, type ExploreSelection } from '../../queries/explore';
import { exportProvenance } from '../../queries/provenance';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface ExportButtonsProps {
  selection: ExploreSelection;
  columns: readonly string[];
  /** Rows in the selection, shown on the buttons. */
  total: number | null;
}

/** Every row of the current selection (not only this page), with the chosen columns. */
export function ExportButtons({ selection, columns, total }: ExportButtonsProps) {
  const { conn, load } = useDataset();
  const { switches } = useView();
  const tr = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const dataset = load.data?.dataset;
  const run = async (format: 'csv' | 'parquet') => {
    if (!conn || !dataset) return;
    setBusy(true);
    setError(null);
    try {
      const table = await fetchExploreExport(conn, { ...selection, columns });
      const prov = exportProvenance(dataset, switches, tr);
      const base = `irm-atlas-commitments${dataset.simulated ? '-SIMULATED' : ''}`;
      if (format === 'csv')
        downloadFile(`${base}.csv`, tableToCsv(table, prov), 'text/csv;charset=utf-8');
      else
        downloadFile(
          `${base}.parquet`,
          tableToParquet(table, prov),
          'application/vnd.apache.parquet',
        );
    } catch (e) {
      setError(toError(e));
    } finally {
      setBusy(false);
    }
  };
  const n =
    total === null
      ? ''
      : tr.t('explore.exportRows', { count: total, countText: formatCount(total, tr) });
  return (
    <div className="export-buttons">
      <button
        type="button"
        disabled={busy || !conn}
        onClick={() => void run('csv')}
        data-testid="export-csv"
      >
        {tr.t('explore.exportCsv')}
        {n}
      </button>
      <button
        type="button"
        disabled={busy || !conn}
        onClick={() => void run('parquet')}
        data-testid="export-parquet"
      >
        {tr.t('explore.exportParquet')}
        {n}
      </button>
      {error && <ErrorMessage error={error} title={tr.t('explore.exportFailed')} />}
    </div>
  );
}
