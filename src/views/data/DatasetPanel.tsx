import type { LoadReport, RowAccounting } from '../../ingest';
import { formatCount } from '../../lib/format';
import { PageImports } from '../import/PageImports';

/** The loaded dataset's provenance and its row accounting: read = loaded + rejected + skipped. */
export function DatasetPanel({ report }: { report: LoadReport }) {
  const d = report.dataset;
  return (
    <div className="dataset-panel" data-testid="dataset-panel">
      <dl className="facts">
        <dt>Name</dt>
        <dd data-testid="dataset-name">
          {d.name} {d.simulated && <span className="badge sim">SIMULATED DATA</span>}
        </dd>
        <dt>Files</dt>
        <dd>{d.files.join(', ')}</dd>
        <dt>Layout</dt>
        <dd>{LAYOUT_LABEL[d.layout]}</dd>
        <dt>Loaded</dt>
        <dd>{new Date(d.loadedAt).toLocaleString('en-GB')}</dd>
        <dt>As of</dt>
        <dd title="Ratings not yet due on this date count as pending IRM review">{d.asOf}</dd>
      </dl>
      <Accounting title="Commitment rows" rows={report.rows} testId="row-accounting" />
      {report.actionPlans && (
        <Accounting title="Action plan rows" rows={report.actionPlans} testId="plan-accounting" />
      )}
      {report.pages && <PageImports pages={report.pages} />}
    </div>
  );
}

const LAYOUT_LABEL: Record<LoadReport['dataset']['layout'], string> = {
  ogp_export: "OGP's commitments export",
  canonical: 'IRM Atlas canonical layout',
  mapped: 'columns mapped by hand',
};

function Accounting({ title, rows, testId }: { title: string; rows: RowAccounting; testId: string }) {
  const balanced = rows.read === rows.loaded + rows.rejected + rows.skipped;
  return (
    <div className="accounting" data-testid={testId}>
      <h3>{title}</h3>
      <p className="equation">
        <Figure name="read" value={rows.read} /> = <Figure name="loaded" value={rows.loaded} /> +{' '}
        <Figure name="rejected" value={rows.rejected} /> +{' '}
        <Figure name="skipped" value={rows.skipped} />
      </p>
      {!balanced && (
        <p className="warning" role="alert">
          These numbers do not add up: please report this dataset.
        </p>
      )}
    </div>
  );
}

function Figure({ name, value }: { name: keyof RowAccounting; value: number }) {
  return (
    <span className="figure" data-testid={`rows-${name}`} data-value={value}>
      <span className="value">{formatCount(value)}</span> <span className="name">{name}</span>
    </span>
  );
}
