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
import { QUAD_TABLE_HEADERS, quadModel } from './quadrant-model';
import { ShareTable, shareCsv, type RowPick } from './share-table';
import { useViewData, type Snapshot } from './use-view-data';

const RULES = { ambition: true, stars: false };

export function QuadrantPanel({ params }: { params: CompareParams }) {
  const state = useViewData(
    (facts, filters) => quadrantData(facts, { filters, unit: params.unit }),
    [params.unit],
  );
  return (
    <AsyncBlock state={state} idle="Load a dataset to place members.">
      {(snap) =>
        snap.data.points.length > 0 ? (
          <QuadrantFigure snap={snap} params={params} />
        ) : (
          <p className="empty">No commitment matches these filters. Remove a filter above.</p>
        )
      }
    </AsyncBlock>
  );
}

function QuadrantFigure({ snap, params }: { snap: Snapshot<QuadrantData>; params: CompareParams }) {
  const { filters, setFilters } = useView();
  const model = useMemo(
    () => quadModel(snap.data, { eras: params.eras, unit: params.unit }),
    [snap, params.eras, params.unit],
  );
  const input = useMemo<QuadrantInput>(() => {
    const units = params.unit === 'plan' ? 'action plans' : 'members';
    const frame = viewFrame(
      snap,
      `Design against implementation, ${units} (bubble size = commitments)`,
      RULES,
      params.eras,
    );
    return { frame, panels: model.panels, smallN: SMALL_N };
  }, [snap, params.eras, params.unit, model]);
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
        label={`${title}. The table below has both shares for every point.`}
        height={quadrantHeight(input)}
        testId="quadrant"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap) };
          return { option: quadrantOption(e), height: quadrantHeight(e) };
        }}
        csv={() => chartCsv(shareCsv(QUAD_TABLE_HEADERS, model.table), provenance(snap, RULES))}
        onEvents={onEvents}
        table={
          <ShareTable
            headers={QUAD_TABLE_HEADERS}
            rows={model.table}
            caption={title}
            testId="quadrant-table"
            pick={pick}
          />
        }
      />
      <p className="note">
        Design: share of rated commitments both verifiable and ambitious; implementation: share with
        substantial or complete completion. Dashed lines and black diamond: all members under the
        same filters; coloured diamonds: regional averages.
        {model.unplaced > 0 &&
          ` ${model.unplaced} ${params.unit === 'plan' ? 'plan' : 'member'} points not placed: nothing rated yet on one axis (e.g. completion pending IRM review).`}{' '}
        Click a point to filter by it.
      </p>
    </>
  );
}
