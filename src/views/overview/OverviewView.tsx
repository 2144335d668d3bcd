import { useCallback, useMemo } from 'react';
import { LazyChart } from '../../charts/LazyChart';
import { denominatorRule, overviewBarOption } from '../../charts/overview-bar.option';
import { useT } from '../../i18n';
import { METRICS, SMALL_N, metricDescription, metricLabel } from '../../metrics';
import { formatCount } from '../../lib/format';
import { LazyDataTable } from '../../tables/LazyDataTable';
import { metricColumns, type MetricRow } from '../../tables/metric-columns';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { useGlobalSummary, type GlobalSummary } from './use-global-summary';

export function OverviewView() {
  const summary = useGlobalSummary();
  const { t } = useT();
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <AsyncBlock state={summary} idle={t('overview.idle')}>
        {(s) => <GlobalShares summary={s} />}
      </AsyncBlock>
      <MetricDefinitions />
    </section>
  );
}

function GlobalShares({ summary }: { summary: GlobalSummary }) {
  const tr = useT();
  const { t } = tr;
  const option = useMemo(
    () =>
      overviewBarOption({
        metrics: METRICS.map((m) => ({ id: m.id, label: metricLabel(m.id, tr) })),
        values: summary.values,
        datasetName: summary.dataset.name,
        simulated: summary.dataset.simulated,
        denominator: summary.switches.denominator,
        smallN: SMALL_N,
        tr,
      }),
    [summary, tr],
  );
  const rows = useMemo<MetricRow[]>(
    () =>
      METRICS.map((m) => {
        const v = summary.values[m.id];
        return { ...v, label: metricLabel(m.id, tr), smallN: v.n > 0 && v.n < SMALL_N };
      }),
    [summary, tr],
  );
  const columns = useMemo(() => metricColumns(tr), [tr]);
  const onRendered = useCallback(() => {
    if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
  }, []);
  return (
    <>
      <LazyChart
        option={option}
        label={t('a11y.overviewChartName', {
          dataset: summary.dataset.name,
          nMax: formatCount(Math.max(0, ...METRICS.map((m) => summary.values[m.id].n)), tr),
        })}
        height={400}
        testId="overview-chart"
        onRendered={onRendered}
      />
      {summary.precomputed && (
        <p className="notice" role="status" data-testid="precomputed-note">
          {tr.t('overview.precomputed', { asOf: summary.dataset.asOf ?? '' })}
        </p>
      )}
      <p className="note" data-testid="denominator-rule">
        {tr.t('overview.hover', {
          rule: denominatorRule(summary.switches.denominator, tr),
          smallN: SMALL_N,
        })}
      </p>
      <LazyDataTable
        columns={columns}
        data={rows}
        caption={tr.t('overview.tableCaption')}
        testId="metric-table"
        compact
      />
    </>
  );
}

function MetricDefinitions() {
  const tr = useT();
  return (
    <details className="definitions">
      <summary>{tr.t('overview.definitions')}</summary>
      <dl>
        {METRICS.map((m) => (
          <div key={m.id}>
            <dt>{metricLabel(m.id, tr)}</dt>
            <dd>{metricDescription(m.id, tr)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
