import { useCallback, useMemo } from 'react';
import { LabelLayer } from '../../charts/LabelLayer';
import {
  ROW_HEIGHT,
  CELL_LABEL,
  cellLabels,
  heatmapItems,
  heatmapLayout,
  heatmapOption,
  heatmapSeriesItems,
  type HeatmapInput,
} from '../../charts/heatmap.option';
import { useView } from '../../hooks/app-context';
import { useT } from '../../i18n';
import { chartCsv } from '../../lib/chart-csv';
import { SMALL_N } from '../../metrics';
import { heatmapData, type HeatmapData } from '../../queries/compare';
import { measureLabel, measureRules } from '../../queries/measures';
import type { CompareParams } from '../../state/compare-params';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { ChartCard } from '../../ui/ChartCard';
import { RowLimit } from './RowLimit';
import { exportFrame, provenance, viewFrame } from './frame';
import { heatModel, heatTableHeaders } from './heatmap-model';
import { ShareTable, markFilter, shareCsv, type RowPick } from './share-table';
import { useViewData, type Snapshot } from './use-view-data';

export function HeatmapPanel({ params }: { params: CompareParams }) {
  const { t } = useT();
  const state = useViewData(
    (facts, filters) => heatmapData(facts, { filters, measure: params.metric }),
    [params.metric],
  );
  return (
    <AsyncBlock state={state} idle={t('compare.heatIdle')}>
      {(snap) =>
        snap.data.members.length === 0 ? (
          <p className="empty" data-testid="heatmap-empty">
            {t('compare.heatEmpty')}
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
  const tr = useT();
  const metric = snap.data.measure;
  const rules = measureRules(metric);
  const model = useMemo(
    () =>
      heatModel(snap.data, {
        sort: params.sort,
        eras: params.eras,
        limit: params.rows === 'all' ? undefined : Number(params.rows),
        tr,
      }),
    [snap, params.sort, params.eras, params.rows, tr],
  );
  const input = useMemo<HeatmapInput>(
    () => ({
      frame: viewFrame(
        snap,
        tr.t('compare.heatTitle', { metric: measureLabel(metric, tr) }),
        rules,
        params.eras,
        tr,
      ),
      metricLabel: measureLabel(metric, tr),
      rows: model.rows,
      columns: model.columns,
      smallN: SMALL_N,
      tr,
    }),
    [snap, metric, rules, params.eras, model, tr],
  );
  const items = useMemo(() => heatmapItems(input), [input]);
  // The cells' labels are drawn over the chart (LabelLayer); exports keep ECharts' own.
  const option = useMemo(() => heatmapOption(input, items, { cellText: false }), [input, items]);
  const labels = useCallback((width: number) => cellLabels(input, width, items), [input, items]);
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
        const pick = markFilter(
          filters,
          model.rows.find((r) => r.key === key),
        );
        if (pick) setFilters(pick.next);
      },
    }),
    [filters, setFilters, items, model],
  );
  // The click's keyboard equivalent: a button on each member or region row of the table.
  const pick = useMemo<RowPick>(
    () => (r) => {
      const pick = markFilter(
        filters,
        model.rows.find((x) => x.key === r.key.split('|')[0]),
      );
      return pick && { name: pick.name, run: () => setFilters(pick.next) };
    },
    [filters, setFilters, model],
  );
  const title = input.frame.title;
  const headers = useMemo(() => heatTableHeaders(tr), [tr]);
  return (
    <>
      <RowLimit {...model.members} rows={params.rows} sort={params.sort} />
      <ChartCard
        about={{ filters: snap.filters, rows: model.table }}
        option={option}
        label={tr.t('compare.heatLabel', { title })}
        height={layout.height}
        attrs={{
          'data-grid-top': String(layout.top),
          'data-grid-left': String(layout.left),
          'data-grid-right': String(layout.right),
          'data-row-height': String(ROW_HEIGHT),
          'data-row-keys': JSON.stringify(layout.rowKeys),
          'data-col-keys': JSON.stringify(layout.colKeys),
        }}
        testId="heatmap"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap, tr) };
          return { option: heatmapOption(e, items), height: heatmapLayout(e).height };
        }}
        csv={() => chartCsv(shareCsv(headers, model.table), provenance(snap, rules, tr))}
        onEvents={onEvents}
        overlay={(room) => (
          <LabelLayer labels={labels} font={CELL_LABEL} height={room} testId="heatmap-labels" />
        )}
        table={
          <ShareTable
            headers={headers}
            rows={model.table}
            caption={title}
            testId="heatmap-table"
            pick={pick}
          />
        }
      />
      <p className="note">{tr.t('compare.heatNote', { smallN: SMALL_N })}</p>
    </>
  );
}
