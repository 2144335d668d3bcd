import { useDataset } from '../../hooks/app-context';
import { DataTable } from '../../tables/DataTable';
import { ISSUE_COLUMNS } from '../../tables/issue-columns';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { BuiltinChooser } from './BuiltinChooser';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DatasetPanel } from './DatasetPanel';
import { FileLoader } from './FileLoader';

export function DataView() {
  const { load, mappingNeeded, submitMapping, cancelMapping } = useDataset();
  const report = load.data;
  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">Data</h2>
      {mappingNeeded ? (
        <ColumnMappingForm needed={mappingNeeded} onSubmit={submitMapping} onCancel={cancelMapping} />
      ) : (
        load.status === 'error' && (
          <ErrorMessage
            error={load.error}
            title={report ? 'The new files were not loaded; the previous dataset is still shown' : 'Loading failed'}
          />
        )
      )}
      <BuiltinChooser />
      <FileLoader />
      {report ? (
        <>
          <h3>Current dataset</h3>
          <DatasetPanel report={report} />
          <h3>Quality report</h3>
          {report.issues.length === 0 ? (
            <p>No issues found.</p>
          ) : (
            <DataTable
              columns={ISSUE_COLUMNS}
              data={report.issues}
              caption={`${report.issues.length} issue(s) found while loading`}
              testId="issues-table"
            />
          )}
        </>
      ) : (
        load.status !== 'error' && <p className="muted">Loading the default dataset…</p>
      )}
    </section>
  );
}
