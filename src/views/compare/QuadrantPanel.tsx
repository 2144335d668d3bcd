import { useMemo } from 'react';
import { quadrantHeight, quadrantOption, type QuadrantInput } from '../../charts/quadrant.option';
import { useView } from '../../hooks/app-context';
import { chartCsv } from '../../lib/chart-csv';
import { SMALL_N } from '../../metrics';
import { quadrantData, type QuadrantData } from '../../queries/quadrant';
import type { CompareParams } from '../../state/compare-params';
import { withValue } from '../../state/filter-summary';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { ChartCard } from '../../ui/ChartCard';
import { exportFrame, provenance, viewFrame } from './frame';
import { useT } from '../../i18n';
import { quadModel, quadTableHeaders } from './quadrant-model';
import { ShareTable, shareCsv, type RowPick } from './share-table';
import { useViewData, type Snapshot } from './use-view-data';

const RULES = { ambition: true, stars: false };

export function QuadrantPanel({ params }: { params: CompareParams }) {
  const { t } = useT();
  const state = useViewData(
    (facts, filters) => quadrantData(facts, { filters, unit: params.unit }),
    [params.unit],
  );
  return (
    <AsyncBlock state={state} idle={t('compare.quadIdle')}>
      {(snap) =>
        snap.data.points.length > 0 ? (
          <QuadrantFigure snap={snap} params={params} />
        ) : (
          <p className="empty">{t('compare.emptyShort')}</p>
        )
      }
    </AsyncBlock>
  );
}

function QuadrantFigure({ snap, params }: { snap: Snapshot<QuadrantData>; params: CompareParams }) {
  const { filters, setFilters } = useView();
  const tr = useT();
  const model = useMemo(
    () => quadModel(snap.data, { eras: params.eras, unit: params.unit, tr }),
    [snap, params.eras, params.unit, tr],
  );
  const input = useMemo<QuadrantInput>(() => {
    const units = tr.t(params.unit === 'plan' ? 'compare.unit_plan' : 'compare.unit_member');
    const frame = viewFrame(snap, tr.t('compare.quadTitle', { units }), RULES, params.eras, tr);
    return { frame, panels: model.panels, smallN: SMALL_N, tr };
  }, [snap, params.eras, params.unit, model, tr]);
  const headers = useMemo(() => quadTableHeaders(tr), [tr]);
  const option = useMemo(() => quadrantOption(input), [input]);
  const onEvents = useMemo(
    () => ({
      click: (raw: unknown) => {
        const key = (raw as { data?: { key?: string } }).data?.key;
        const point = model.panels.flatMap((p) => p.points).find((p) => p.key === key);
        if (!point) return;
        const next = withValue(filters, 'members', point.member);
        setFilters(
          point.cycle && params.unit === 'plan' ? withValue(next, 'cycles', point.cycle) : next,
        );
      },
    }),
    [filters, setFilters, model, params.unit],
  );
  // The click's keyboard equivalent: a button on each member's rows of the table.
  const pick = useMemo<RowPick>(
    () => (r) => {
      const key = r.key.split('|').slice(1, -1).join('|');
      const point = model.panels.flatMap((p) => p.points).find((p) => p.key === key);
      if (!point?.member) return null;
      const next = withValue(filters, 'members', point.member);
      const run = () =>
        setFilters(
          point.cycle && params.unit === 'plan' ? withValue(next, 'cycles', point.cycle) : next,
        );
      return { name: point.label, run };
    },
    [filters, setFilters, model, params.unit],
  );
  const title = input.frame.title;
  return (
    <>
      <ChartCard
        about={{ filters: snap.filters, rows: model.table }}
        option={option}
        label={tr.t('compare.quadLabel', { title })}
        height={quadrantHeight(input)}
        testId="quadrant"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap, tr) };
          return { option: quadrantOption(e), height: quadrantHeight(e) };
        }}
        csv={() => chartCsv(shareCsv(headers, model.table), provenance(snap, RULES, tr))}
        onEvents={onEvents}
        table={
          <ShareTable
            headers={headers}
            rows={model.table}
            caption={title}
            testId="quadrant-table"
            pick={pick}
          />
        }
      />
      <p className="note">
        {tr.t('compare.quadNote')}
        {model.unplaced > 0 &&
          ` ${tr.t('compare.quadUnplaced', { count: model.unplaced, unit: params.unit })}`}{' '}
        {tr.t('compare.quadClick')}
      </p>
    </>
  );
}
