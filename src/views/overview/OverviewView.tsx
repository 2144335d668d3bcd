import { useCallback, useMemo } from 'react';
import { LazyChart } from '../../charts/LazyChart';
import { DENOMINATOR_RULE, overviewBarOption } from '../../charts/overview-bar.option';
import { METRICS, SMALL_N } from '../../metrics';
import { DataTable } from '../../tables/DataTable';
import { METRIC_COLUMNS, type MetricRow } from '../../tables/metric-columns';
import { useT } from '../../i18n';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { useGlobalSummary, type GlobalSummary } from './use-global-summary';

export function OverviewView() {
  const summary = useGlobalSummary();
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Overview</h2>
      <AsyncBlock state={summary} idle="Load a dataset to see the figures.">
        {(s) => <GlobalShares summary={s} />}
      </AsyncBlock>
      <MetricDefinitions />
    </section>
  );
}

function GlobalShares({ summary }: { summary: GlobalSummary }) {
  const { t } = useT();
  const option = useMemo(
    () =>
      overviewBarOption({
        metrics: METRICS,
        values: summary.values,
        datasetName: summary.dataset.name,
        simulated: summary.dataset.simulated,
        denominator: summary.switches.denominator,
        smallN: SMALL_N,
      }),
    [summary],
  );
  const rows = useMemo<MetricRow[]>(
    () =>
      METRICS.map((m) => {
        const v = summary.values[m.id];
        return { ...v, label: m.label, smallN: v.n > 0 && v.n < SMALL_N };
      }),
    [summary],
  );
  const onRendered = useCallback(() => {
    if (performance.getEntriesByName('first-chart').length === 0) performance.mark('first-chart');
  }, []);
  return (
    <>
      <LazyChart
        option={option}
        label={t('a11y.overviewChartName', {
          dataset: summary.dataset.name,
          nMax: Math.max(0, ...METRICS.map((m) => summary.values[m.id].n)),
        })}
        height={400}
        testId="overview-chart"
        onRendered={onRendered}
      />
      {summary.precomputed && (
        <p className="notice" role="status" data-testid="precomputed-note">
          Figures precomputed from the same file with the same rules, as of {summary.dataset.asOf};
          the live database is starting and will replace them.
        </p>
      )}
      <p className="note" data-testid="denominator-rule">
        {DENOMINATOR_RULE[summary.switches.denominator]}. Hover a bar for its 95% interval (Wilson);
        faded bars rest on fewer than {SMALL_N} rated commitments.
      </p>
      <DataTable
        columns={METRIC_COLUMNS}
        data={rows}
        caption="The same figures as a table"
        testId="metric-table"
        compact
      />
    </>
  );
}

function MetricDefinitions() {
  return (
    <details className="definitions">
      <summary>What each metric counts</summary>
      <dl>
        {METRICS.map((m) => (
          <div key={m.id}>
            <dt>{m.label}</dt>
            <dd>{m.description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
