import { useMemo } from 'react';
import {
  ROW_HEIGHT,
  heatmapItems,
  heatmapLayout,
  heatmapOption,
  heatmapSeriesItems,
  type HeatmapInput,
} from '../../charts/heatmap.option';
import { useView } from '../../hooks/app-context';
import { chartCsv } from '../../lib/chart-csv';
import { SMALL_N } from '../../metrics';
import { heatmapData, type HeatmapData } from '../../queries/compare';
import { measureLabel, measureRules } from '../../queries/measures';
import type { CompareParams } from '../../state/compare-params';
import { withValue } from '../../state/filter-summary';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { ChartCard } from '../../ui/ChartCard';
import { RowLimit } from './RowLimit';
import { exportFrame, provenance, viewFrame } from './frame';
import { HEAT_TABLE_HEADERS, heatModel } from './heatmap-model';
import { ShareTable, shareCsv, type RowPick } from './share-table';
import { useViewData, type Snapshot } from './use-view-data';

export function HeatmapPanel({ params }: { params: CompareParams }) {
  const state = useViewData(
    (facts, filters) => heatmapData(facts, { filters, measure: params.metric }),
    [params.metric],
  );
  return (
    <AsyncBlock state={state} idle="Load a dataset to compare members.">
      {(snap) =>
        snap.data.members.length === 0 ? (
          <p className="empty" data-testid="heatmap-empty">
            No commitment matches these filters. Remove a filter above to see members.
          </p>
        ) : (
          <HeatmapFigure snap={snap} params={params} />
        )
      }
    </AsyncBlock>
  );
}

interface ClickParams {
  componentType?: string;
  seriesIndex?: number;
  dataIndex?: number;
  value?: unknown;
}

function HeatmapFigure({ snap, params }: { snap: Snapshot<HeatmapData>; params: CompareParams }) {
  const { filters, setFilters } = useView();
  const metric = snap.data.measure;
  const rules = measureRules(metric);
  const model = useMemo(
    () =>
      heatModel(snap.data, {
        sort: params.sort,
        eras: params.eras,
        limit: params.rows === 'all' ? undefined : Number(params.rows),
      }),
    [snap, params.sort, params.eras, params.rows],
  );
  const input = useMemo<HeatmapInput>(
    () => ({
      frame: viewFrame(snap, `${measureLabel(metric)}: members × plan cycles`, rules, params.eras),
      metricLabel: measureLabel(metric),
      rows: model.rows,
      columns: model.columns,
      smallN: SMALL_N,
    }),
    [snap, metric, rules, params.eras, model],
  );
  const items = useMemo(() => heatmapItems(input), [input]);
  const option = useMemo(() => heatmapOption(input, items), [input, items]);
  const layout = useMemo(() => heatmapLayout(input), [input]);
  const onEvents = useMemo(
    () => ({
      click: (raw: unknown) => {
        const p = raw as ClickParams;
        if (p.componentType === 'xAxis') {
          const year = Number(p.value);
          if (Number.isInteger(year)) setFilters({ ...filters, yearFrom: year, yearTo: year });
          return;
        }
        // Cells are split into series by how they are drawn: map (series, index) back to a cell.
        const series = heatmapSeriesItems(items)[p.seriesIndex ?? 0] ?? [];
        const key =
          p.componentType === 'yAxis' ? String(p.value) : series[p.dataIndex ?? -1]?.row.key;
        const row = model.rows.find((r) => r.key === key);
        if (row?.member) setFilters(withValue(filters, 'members', row.member));
        else if (row?.region) setFilters(withValue(filters, 'regions', row.region));
      },
    }),
    [filters, setFilters, items, model],
  );
  // The click's keyboard equivalent: a button on each member or region row of the table.
  const pick = useMemo<RowPick>(
    () => (r) => {
      const row = model.rows.find((x) => x.key === r.key.split('|')[0]);
      const member = row?.member;
      const region = row?.region;
      if (member)
        return { name: member, run: () => setFilters(withValue(filters, 'members', member)) };
      if (region)
        return { name: region, run: () => setFilters(withValue(filters, 'regions', region)) };
      return null;
    },
    [filters, setFilters, model],
  );
  const title = input.frame.title;
  return (
    <>
      <RowLimit {...model.members} rows={params.rows} sort={params.sort} />
      <ChartCard
        about={{ filters: snap.filters, rows: model.table }}
        option={option}
        label={`${title}. Each cell gives the share and n; the table below has the same numbers.`}
        height={layout.height}
        attrs={{
          'data-grid-top': String(layout.top),
          'data-grid-left': String(layout.left),
          'data-row-height': String(ROW_HEIGHT),
          'data-row-keys': JSON.stringify(layout.rowKeys),
          'data-col-keys': JSON.stringify(layout.colKeys),
        }}
        testId="heatmap"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap) };
          return { option: heatmapOption(e, items), height: heatmapLayout(e).height };
        }}
        csv={() => chartCsv(shareCsv(HEAT_TABLE_HEADERS, model.table), provenance(snap, rules))}
        onEvents={onEvents}
        table={
          <ShareTable
            headers={HEAT_TABLE_HEADERS}
            rows={model.table}
            caption={title}
            testId="heatmap-table"
            pick={pick}
          />
        }
      />
      <p className="note">
        Cells: share meeting the metric and n (commitments rated). * and a dashed border: fewer than{' '}
        {SMALL_N} rated — read with care. Grey cells: nothing rated yet (pending IRM review or not
        assessed). Reference rows use the same filters without the member and region selection.
        Click a member or region to filter by it, a year to keep plans starting that year.
      </p>
    </>
  );
}
