import { useCallback, useMemo } from 'react';
import { LabelLayer } from '../../charts/LabelLayer';
import {
  SEGMENT_LABEL,
  distributionHeight,
  distributionOption,
  segmentLabels,
  type DistributionInput,
} from '../../charts/distribution.option';
import { useView } from '../../hooks/app-context';
import { useT } from '../../i18n';
import { chartCsv } from '../../lib/chart-csv';
import { distFieldLabel, distributionData, type DistRow } from '../../queries/distribution';
import type { CompareParams } from '../../state/compare-params';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { ChartCard } from '../../ui/ChartCard';
import { RowLimit } from './RowLimit';
import { distModel, distTableHeaders } from './distribution-model';
import { exportFrame, provenance, viewFrame } from './frame';
import { ShareTable, markFilter, shareCsv, type RowPick } from './share-table';
import { useViewData, type Snapshot } from './use-view-data';

const NO_RULES = null;

export function DistributionPanel({ params }: { params: CompareParams }) {
  const { t } = useT();
  const state = useViewData(
    (facts, filters) => distributionData(facts, { filters, field: params.field }),
    [params.field],
  );
  return (
    <AsyncBlock state={state} idle={t('compare.distIdle')}>
      {(snap) =>
        snap.data.some((r) => r.kind === 'member') ? (
          <DistributionFigure snap={snap} params={params} />
        ) : (
          <p className="empty">{t('compare.emptyShort')}</p>
        )
      }
    </AsyncBlock>
  );
}

function DistributionFigure({
  snap,
  params,
}: {
  snap: Snapshot<DistRow[]>;
  params: CompareParams;
}) {
  const { filters, setFilters } = useView();
  const tr = useT();
  const hideStates = params.states === 'hide';
  const model = useMemo(
    () =>
      distModel(snap.data, params.field, {
        sort: params.sort,
        eras: params.eras,
        hideStates,
        limit: params.rows === 'all' ? undefined : Number(params.rows),
        tr,
      }),
    [snap, params.field, params.sort, params.eras, params.rows, hideStates, tr],
  );
  const input = useMemo<DistributionInput>(() => {
    const title = tr.t('compare.distTitle', { field: distFieldLabel(params.field, tr) });
    const frame = viewFrame(snap, title, NO_RULES, params.eras, tr);
    const note = tr.t(hideStates ? 'compare.distNoteHidden' : 'compare.distNoteAll');
    return {
      frame: { ...frame, lines: [...frame.lines, note] },
      levels: model.levels,
      bars: model.bars,
      tr,
    };
  }, [snap, params.field, params.eras, hideStates, model, tr]);
  const headers = useMemo(() => distTableHeaders(tr), [tr]);
  // The segments' labels are drawn over the chart (LabelLayer); exports keep ECharts' own.
  const option = useMemo(() => distributionOption(input, { segmentText: false }), [input]);
  const labels = useCallback((width: number) => segmentLabels(input, width), [input]);
  const onEvents = useMemo(
    () => ({
      click: (raw: unknown) => {
        const p = raw as { componentType?: string; dataIndex?: number; value?: unknown };
        const labels = (option.yAxis as { data: string[] }).data;
        const index =
          p.componentType === 'yAxis' ? labels.indexOf(String(p.value)) : (p.dataIndex ?? -1);
        const pick = markFilter(filters, model.bars[index]);
        if (pick) setFilters(pick.next);
      },
    }),
    [filters, setFilters, model, option],
  );
  // The click's keyboard equivalent: a button on each member or region row of the table.
  const pick = useMemo<RowPick>(
    () => (r) => {
      const bar = model.bars.find((b) => b.key === r.key.split('|').slice(0, 3).join('|'));
      const pick = markFilter(filters, bar);
      return pick && { name: pick.name, run: () => setFilters(pick.next) };
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
        label={tr.t('compare.distLabel', { title })}
        height={distributionHeight(input)}
        testId="distribution"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap, tr) };
          return { option: distributionOption(e), height: distributionHeight(e) };
        }}
        csv={() =>
          chartCsv(shareCsv(headers, model.table, 'commitments'), provenance(snap, NO_RULES, tr))
        }
        onEvents={onEvents}
        overlay={(room) => (
          <LabelLayer
            labels={labels}
            font={SEGMENT_LABEL}
            height={room}
            testId="distribution-labels"
          />
        )}
        table={
          <ShareTable
            headers={headers}
            rows={model.table}
            caption={title}
            testId="distribution-table"
            pick={pick}
            yesLabel={tr.t('compare.h_commitments')}
          />
        }
      />
      <p className="note">{tr.t('compare.distNote')}</p>
    </>
  );
}
