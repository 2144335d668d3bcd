import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useDataset } from '../../hooks/app-context';
import { DataTable } from '../../tables/DataTable';
import { issueColumns } from '../../tables/issue-columns';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BuiltinChooser } from './BuiltinChooser';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DatasetPanel } from './DatasetPanel';
import { FileLoader } from './FileLoader';

export function DataView() {
  const { load, mappingNeeded, submitMapping, cancelMapping } = useDataset();
  const report = load.data;
  const tr = useT();
  const { t } = tr;
  const columns = useMemo(() => issueColumns(tr), [tr]);
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('data.title')}</h2>
      {mappingNeeded ? (
        <ColumnMappingForm needed={mappingNeeded} onSubmit={submitMapping} onCancel={cancelMapping} />
      ) : (
        load.status === 'error' && (
          <ErrorMessage
            error={load.error}
            title={t(report ? 'data.notLoadedKept' : 'data.loadingFailed')}
          />
        )
      )}
      <BuiltinChooser />
      <FileLoader />
      {report ? (
        <>
          <h3>{t('data.current')}</h3>
          <DatasetPanel report={report} />
          <h3>{t('data.quality')}</h3>
          {report.issues.length === 0 ? (
            <p>{t('data.noIssues')}</p>
          ) : (
            <DataTable
              columns={columns}
              data={report.issues}
              caption={t('data.issuesFound', { count: report.issues.length })}
              testId="issues-table"
            />
          )}
        </>
      ) : (
        load.status !== 'error' && <p className="muted">{t('data.loadingDefault')}</p>
      )}
    </section>
  );
}
