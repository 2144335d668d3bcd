import { useMemo } from 'react';
import { trendsHeight, trendsOption, type TrendsInput } from '../../charts/trends.option';
import { useView } from '../../hooks/app-context';
import { useT } from '../../i18n';
import { chartCsv } from '../../lib/chart-csv';
import { METRICS, SMALL_N, metricLabel, type MetricId } from '../../metrics';
import { measureLabel, measureRules } from '../../queries/measures';
import { trendsData, type TrendsData } from '../../queries/trends';
import { TRENDS_DEFAULTS, TRENDS_PARAMS, type TrendsParams } from '../../state/compare-params';
import { withValue } from '../../state/filter-summary';
import { noticeText } from '../../state/url-problems';
import { paramChange, parseParams } from '../../state/view-params';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { ChartCard } from '../../ui/ChartCard';
import { FilterBar } from '../../ui/FilterBar';
import { EraToggle } from '../compare/CompareControls';
import { exportFrame, provenance, viewFrame } from '../compare/frame';
import { ShareTable, shareCsv, type RowPick } from '../compare/share-table';
import { useViewData, type Snapshot } from '../compare/use-view-data';
import { MAX_MEMBERS, trendTableHeaders, trendsModel } from './trends-model';
import '../compare/compare.css';

/** A metric across plan cycles for the chosen members, against their regions and all members. */
export function TrendsView() {
  const { params, setParams } = useView();
  const tr = useT();
  const { values: p, problems } = useMemo(
    () => parseParams(TRENDS_PARAMS, TRENDS_DEFAULTS, params),
    [params],
  );
  const notice = noticeText(problems, tr);
  const onChange = (change: Partial<TrendsParams>) =>
    setParams(paramChange(TRENDS_DEFAULTS, change));
  const state = useViewData(
    (facts, filters) => trendsData(facts, { filters, measure: p.metric }),
    [p.metric],
  );
  return (
    <section aria-labelledby="trends-title" className="trends">
      <h2 id="trends-title">{tr.t('trends.title')}</h2>
      {notice && (
        <p className="notice" role="status" data-testid="params-notice">
          {notice}
        </p>
      )}
      <FilterBar />
      <div className="controls">
        <label>
          {tr.t('compare.metric')}{' '}
          <select
            value={p.metric}
            onChange={(e) => onChange({ metric: e.target.value as MetricId })}
            data-testid="metric-select"
          >
            {METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {metricLabel(m.id, tr)}
              </option>
            ))}
          </select>
        </label>
        <EraToggle value={p.eras} onChange={(eras) => onChange({ eras })} />
      </div>
      <AsyncBlock state={state} idle={tr.t('trends.idle')}>
        {(snap) => <TrendsFigure snap={snap} params={p} />}
      </AsyncBlock>
    </section>
  );
}

function TrendsFigure({ snap, params }: { snap: Snapshot<TrendsData>; params: TrendsParams }) {
  const { filters, setFilters } = useView();
  const tr = useT();
  const metric = snap.data.measure;
  const rules = measureRules(metric);
  const model = useMemo(() => trendsModel(snap.data, params.eras, tr), [snap, params.eras, tr]);
  const input = useMemo<TrendsInput>(
    () => ({
      frame: viewFrame(
        snap,
        tr.t('trends.chartTitle', { metric: measureLabel(metric, tr) }),
        rules,
        params.eras,
        tr,
      ),
      metricLabel: measureLabel(metric, tr),
      series: model.series,
      refreshYear: params.eras === 'split' ? 2020 : null,
      smallN: SMALL_N,
      tr,
    }),
    [snap, metric, rules, params.eras, model, tr],
  );
  const headers = useMemo(() => trendTableHeaders(tr), [tr]);
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
    return <p className="empty">{tr.t('compare.emptyShort')}</p>;
  }
  const title = input.frame.title;
  return (
    <>
      <ChartCard
        about={{ filters: snap.filters, rows: model.table }}
        option={option}
        label={tr.t('trends.label', { title })}
        height={trendsHeight(input)}
        testId="trends"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap, tr) };
          return { option: trendsOption(e), height: trendsHeight(e) };
        }}
        csv={() => chartCsv(shareCsv(headers, model.table), provenance(snap, rules, tr))}
        onEvents={onEvents}
        table={
          <ShareTable
            headers={headers}
            rows={model.table}
            caption={title}
            testId="trends-table"
            pick={pick}
          />
        }
      />
      <p className="note">
        {(snap.filters.members?.length ?? 0) === 0 ? tr.t('trends.chooseMembers') : ''}
        {model.unrated.length > 0 && tr.t('trends.unrated', { years: model.unrated.join(', ') })}
        {model.dropped.length > 0 &&
          tr.t('trends.dropped', { max: MAX_MEMBERS, names: model.dropped.join(', ') })}
        {tr.t('trends.note', { smallN: SMALL_N })}
      </p>
    </>
  );
}
