import { useMemo } from 'react';
import { trendsHeight, trendsOption, type TrendsInput } from '../../charts/trends.option';
import { useView } from '../../hooks/app-context';
import { chartCsv } from '../../lib/chart-csv';
import { METRICS, SMALL_N, type MetricId } from '../../metrics';
import { measureLabel, measureRules } from '../../queries/measures';
import { trendsData, type TrendsData } from '../../queries/trends';
import { TRENDS_DEFAULTS, TRENDS_PARAMS, type TrendsParams } from '../../state/compare-params';
import { withValue } from '../../state/filter-summary';
import { paramChange, parseParams } from '../../state/view-params';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { ChartCard } from '../../ui/ChartCard';
import { FilterBar } from '../../ui/FilterBar';
import { EraToggle } from '../compare/CompareControls';
import { exportFrame, provenance, viewFrame } from '../compare/frame';
import { ShareTable, shareCsv, type RowPick } from '../compare/share-table';
import { useViewData, type Snapshot } from '../compare/use-view-data';
import { MAX_MEMBERS, TREND_TABLE_HEADERS, trendsModel } from './trends-model';
import '../compare/compare.css';

/** A metric across plan cycles for the chosen members, against their regions and all members. */
export function TrendsView() {
  const { params, setParams } = useView();
  const { values: p, notice } = useMemo(
    () => parseParams(TRENDS_PARAMS, TRENDS_DEFAULTS, params),
    [params],
  );
  const onChange = (change: Partial<TrendsParams>) =>
    setParams(paramChange(TRENDS_DEFAULTS, change));
  const state = useViewData(
    (facts, filters) => trendsData(facts, { filters, measure: p.metric }),
    [p.metric],
  );
  return (
    <section aria-labelledby="trends-title" className="trends">
      <h2 id="trends-title">Trends</h2>
      {notice && (
        <p className="notice" role="status" data-testid="params-notice">
          {notice}
        </p>
      )}
      <FilterBar />
      <div className="controls">
        <label>
          Metric{' '}
          <select
            value={p.metric}
            onChange={(e) => onChange({ metric: e.target.value as MetricId })}
            data-testid="metric-select"
          >
            {METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <EraToggle value={p.eras} onChange={(eras) => onChange({ eras })} />
      </div>
      <AsyncBlock state={state} idle="Load a dataset to see trends.">
        {(snap) => <TrendsFigure snap={snap} params={p} />}
      </AsyncBlock>
    </section>
  );
}

function TrendsFigure({ snap, params }: { snap: Snapshot<TrendsData>; params: TrendsParams }) {
  const { filters, setFilters } = useView();
  const metric = snap.data.measure;
  const rules = measureRules(metric);
  const model = useMemo(() => trendsModel(snap.data, params.eras), [snap, params.eras]);
  const input = useMemo<TrendsInput>(
    () => ({
      frame: viewFrame(snap, `${measureLabel(metric)} by plan start year`, rules, params.eras),
      metricLabel: measureLabel(metric),
      series: model.series,
      refreshYear: params.eras === 'split' ? 2020 : null,
      smallN: SMALL_N,
    }),
    [snap, metric, rules, params.eras, model],
  );
  const option = useMemo(() => trendsOption(input), [input]);
  const onEvents = useMemo(
    () => ({
      click: (raw: unknown) => {
        const name = (raw as { seriesName?: string }).seriesName ?? '';
        const region = model.series.find((s) => s.name === name && s.kind === 'region');
        if (region) setFilters(withValue(filters, 'regions', region.key.replace(/^region:/, '')));
      },
    }),
    [filters, setFilters, model],
  );
  // The click's keyboard equivalent: a button on each region line's rows of the table.
  const pick = useMemo<RowPick>(
    () => (r) => {
      const key = r.key.split('|')[0] ?? '';
      if (!key.startsWith('region:')) return null;
      const region = key.replace(/^region:/, '');
      return { name: region, run: () => setFilters(withValue(filters, 'regions', region)) };
    },
    [filters, setFilters],
  );
  if (model.series.every((s) => s.segments.every((seg) => seg.length === 0))) {
    return <p className="empty">No commitment matches these filters. Remove a filter above.</p>;
  }
  const title = input.frame.title;
  return (
    <>
      <ChartCard
        about={{ filters: snap.filters, rows: model.table }}
        option={option}
        label={`${title}: lines with 95% bands; the table below has every point with its n.`}
        height={trendsHeight(input)}
        testId="trends"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap) };
          return { option: trendsOption(e), height: trendsHeight(e) };
        }}
        csv={() => chartCsv(shareCsv(TREND_TABLE_HEADERS, model.table), provenance(snap, rules))}
        onEvents={onEvents}
        table={
          <ShareTable
            headers={TREND_TABLE_HEADERS}
            rows={model.table}
            caption={title}
            testId="trends-table"
            pick={pick}
          />
        }
      />
      <p className="note">
        {(snap.filters.members?.length ?? 0) === 0
          ? 'Choose members in the filter bar to add their lines. '
          : ''}
        {model.unrated.length > 0 &&
          `Nothing rated yet for plans starting ${model.unrated.join(', ')} (not drawn). `}
        {model.dropped.length > 0 &&
          `Only the first ${MAX_MEMBERS} members are drawn (left out: ${model.dropped.join(', ')}). `}
        Points are plans by start year (a member&apos;s cycle in the tooltip); shaded bands are 95%
        intervals; hollow points rest on fewer than {SMALL_N} rated commitments. Dashed lines:
        regions, black: all members, under the same filters without the member and region selection.
        Click a region line to filter by that region.
      </p>
    </>
  );
}
