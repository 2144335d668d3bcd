import { useMemo } from 'react';
import {
  pipelineHeight,
  pipelineOption,
  type PipelineInput,
  type PipelinePanel as Panel,
} from '../../charts/pipeline.option';
import { useView } from '../../hooks/app-context';
import { chartCsv } from '../../lib/chart-csv';
import { SMALL_N } from '../../metrics';
import { pipelineData, type PipelineData } from '../../queries/pipeline';
import type { CompareParams, EraMode } from '../../state/compare-params';
import { withValue } from '../../state/filter-summary';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { ChartCard } from '../../ui/ChartCard';
import { ERA_NAMES } from './distribution-model';
import { exportFrame, provenance, viewFrame } from './frame';
import { ShareTable, shareCsv, type ShareRow } from './share-table';
import { useViewData, type Snapshot } from './use-view-data';

const RULES = { ambition: true, stars: false };
const HEADERS = ['Era', 'Step', 'Scope'] as const;

export function PipelinePanel({ params }: { params: CompareParams }) {
  const state = useViewData((facts, filters) => pipelineData(facts, { filters }), []);
  return (
    <AsyncBlock state={state} idle="Load a dataset to see the pipeline.">
      {(snap) =>
        snap.data.selection.some((c) => c.era === null && c.commitments > 0) ? (
          <PipelineFigure snap={snap} eras={params.eras} />
        ) : (
          <p className="empty">No commitment matches these filters. Remove a filter above.</p>
        )
      }
    </AsyncBlock>
  );
}

export function pipelinePanels(data: PipelineData, eras: EraMode): Panel[] {
  const wanted = eras === 'pooled' ? [null] : (['pre2020', 'refresh'] as const);
  return wanted.flatMap((era) => {
    const col = data.selection.find((c) => c.era === era);
    if (!col || col.commitments === 0) return [];
    const ref = data.global.find((c) => c.era === era);
    const title = era === null ? 'Both eras pooled' : `${ERA_NAMES[era]} IRM methodology`;
    return [
      {
        key: era ?? 'all',
        title,
        commitments: col.commitments,
        steps: col.steps,
        reference: ref?.steps ?? null,
      },
    ];
  });
}

function tableRows(panels: readonly Panel[], labels: readonly string[]): ShareRow[] {
  return panels.flatMap((p) =>
    (['selection', 'all members'] as const).flatMap((scope) =>
      (scope === 'selection' ? p.steps : (p.reference ?? [])).map((v, i) => ({
        key: `${p.key}|${scope}|${i}`,
        cells: [
          p.title,
          labels[i] ?? '',
          scope === 'selection' ? 'Selection' : 'All members, same filters',
        ],
        yes: v.yes,
        n: v.n,
        share: v.share,
        ci95: v.ci95,
        small: v.n > 0 && v.n < SMALL_N,
      })),
    ),
  );
}

function PipelineFigure({ snap, eras }: { snap: Snapshot<PipelineData>; eras: EraMode }) {
  const { filters, setFilters } = useView();
  const input = useMemo<PipelineInput>(
    () => ({
      frame: viewFrame(
        snap,
        'Pipeline: verifiable → ambitious → high completion → strong results',
        RULES,
        eras,
      ),
      stepLabels: snap.data.steps.map((s) => s.label),
      panels: pipelinePanels(snap.data, eras),
      smallN: SMALL_N,
    }),
    [snap, eras],
  );
  const option = useMemo(() => pipelineOption(input), [input]);
  const table = useMemo(() => tableRows(input.panels, input.stepLabels), [input]);
  const onEvents = useMemo(
    () => ({
      click: (raw: unknown) => {
        // Two series per panel (bars, reference marks).
        const s = (raw as { seriesIndex?: number }).seriesIndex;
        const panel = s === undefined ? undefined : input.panels[Math.floor(s / 2)];
        if (panel && panel.key !== 'all') setFilters(withValue(filters, 'eras', panel.key));
      },
    }),
    [filters, setFilters, input],
  );
  const title = input.frame.title;
  return (
    <>
      <ChartCard
        about={{ filters: snap.filters, rows: table }}
        option={option}
        label={`${title}. Bars: share of the selection meeting every step so far, with counts; marks: all members.`}
        height={pipelineHeight(input)}
        testId="pipeline"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap) };
          return { option: pipelineOption(e), height: pipelineHeight(e) };
        }}
        csv={() => chartCsv(shareCsv(HEADERS, table), provenance(snap, RULES))}
        onEvents={onEvents}
        table={
          <ShareTable headers={HEADERS} rows={table} caption={title} testId="pipeline-table" />
        }
      />
      <p className="note">
        Each step counts commitments meeting it and every step before it; n counts those whose
        outcome is known (a commitment that fails an earlier step counts as a no, one still pending
        does not count). Black marks: all members under the same filters. Click an era&apos;s bars
        to filter by that era.
      </p>
    </>
  );
}
