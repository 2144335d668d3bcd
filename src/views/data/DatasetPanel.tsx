import { useT, type Translator } from '../../i18n';
import type { LoadReport, RowAccounting } from '../../ingest';
import { formatCount } from '../../lib/format';
import { PageImports } from '../import/PageImports';

/** The loaded dataset's provenance and its row accounting: read = loaded + rejected + skipped. */
export function DatasetPanel({ report }: { report: LoadReport }) {
  const d = report.dataset;
  const tr = useT();
  const { t } = tr;
  return (
    <div className="dataset-panel" data-testid="dataset-panel">
      <dl className="facts">
        <dt>{t('data.f_name')}</dt>
        <dd data-testid="dataset-name">
          {d.name} {d.simulated && <span className="badge sim">{t('common.simulatedBadge')}</span>}
        </dd>
        <dt>{t('data.f_files')}</dt>
        <dd>{d.files.join(', ')}</dd>
        <dt>{t('data.f_layout')}</dt>
        <dd>{t(`data.layout_${d.layout}`)}</dd>
        <dt>{t('data.f_loaded')}</dt>
        <dd>{new Date(d.loadedAt).toLocaleString(tr.lang === 'en' ? 'en-GB' : tr.lang)}</dd>
        <dt>{t('data.f_asOf')}</dt>
        <dd title={t('data.asOfTitle')}>{d.asOf}</dd>
      </dl>
      <Accounting
        title={t('data.commitmentRows')}
        rows={report.rows}
        testId="row-accounting"
        tr={tr}
      />
      {report.actionPlans && (
        <Accounting
          title={t('data.planRows')}
          rows={report.actionPlans}
          testId="plan-accounting"
          tr={tr}
        />
      )}
      {report.pages && <PageImports pages={report.pages} />}
    </div>
  );
}

interface AccountingProps {
  title: string;
  rows: RowAccounting;
  testId: string;
  tr: Translator;
}

function Accounting({ title, rows, testId, tr }: AccountingProps) {
  const balanced = rows.read === rows.loaded + rows.rejected + rows.skipped;
  return (
    <div className="accounting" data-testid={testId}>
      <h3>{title}</h3>
      <p className="equation">
        <Figure name="read" value={rows.read} tr={tr} /> ={' '}
        <Figure name="loaded" value={rows.loaded} tr={tr} /> +{' '}
        <Figure name="rejected" value={rows.rejected} tr={tr} /> +{' '}
        <Figure name="skipped" value={rows.skipped} tr={tr} />
      </p>
      {!balanced && (
        <p className="warning" role="alert">
          {tr.t('data.notBalanced')}
        </p>
      )}
    </div>
  );
}

function Figure({
  name,
  value,
  tr,
}: {
  name: keyof RowAccounting;
  value: number;
  tr: Translator;
}) {
  return (
    <span className="figure" data-testid={`rows-${name}`} data-value={value}>
      <span className="value">{formatCount(value, tr)}</span>{' '}
      <span className="name">{tr.t(`data.rows_${name}`)}</span>
    </span>
  );
}
