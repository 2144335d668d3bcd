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
import { EN, useT, type Translator } from '../../i18n';
import { pipelineStepLabel } from '../../queries/measures';
import { eraName } from './distribution-model';
import { exportFrame, provenance, viewFrame } from './frame';
import { ShareTable, shareCsv, type ShareRow } from './share-table';
import { useViewData, type Snapshot } from './use-view-data';

const RULES = { ambition: true, stars: false };
const headersFor = (tr: Translator) =>
  (['h_era', 'h_step', 'h_scope'] as const).map((k) => tr.t(`compare.${k}`));

export function PipelinePanel({ params }: { params: CompareParams }) {
  const { t } = useT();
  const state = useViewData((facts, filters) => pipelineData(facts, { filters }), []);
  return (
    <AsyncBlock state={state} idle={t('compare.pipeIdle')}>
      {(snap) =>
        snap.data.selection.some((c) => c.era === null && c.commitments > 0) ? (
          <PipelineFigure snap={snap} eras={params.eras} />
        ) : (
          <p className="empty">{t('compare.emptyShort')}</p>
        )
      }
    </AsyncBlock>
  );
}

export function pipelinePanels(data: PipelineData, eras: EraMode, tr: Translator = EN): Panel[] {
  const wanted = eras === 'pooled' ? [null] : (['pre2020', 'refresh'] as const);
  return wanted.flatMap((era) => {
    const col = data.selection.find((c) => c.era === era);
    if (!col || col.commitments === 0) return [];
    const ref = data.global.find((c) => c.era === era);
    const title =
      era === null
        ? tr.t('compare.bothPooled')
        : tr.t('compare.eraMethod', { era: eraName(era, tr) });
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

function tableRows(
  panels: readonly Panel[],
  labels: readonly string[],
  tr: Translator,
): ShareRow[] {
  return panels.flatMap((p) =>
    (['selection', 'all members'] as const).flatMap((scope) =>
      (scope === 'selection' ? p.steps : (p.reference ?? [])).map((v, i) => ({
        key: `${p.key}|${scope}|${i}`,
        cells: [
          p.title,
          labels[i] ?? '',
          tr.t(scope === 'selection' ? 'compare.scopeSelection' : 'compare.scopeAll'),
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
  const tr = useT();
  const input = useMemo<PipelineInput>(
    () => ({
      frame: viewFrame(snap, tr.t('compare.pipeTitle'), RULES, eras, tr),
      stepLabels: snap.data.steps.map((_, i) => pipelineStepLabel(i, tr)),
      panels: pipelinePanels(snap.data, eras, tr),
      smallN: SMALL_N,
      tr,
    }),
    [snap, eras, tr],
  );
  const option = useMemo(() => pipelineOption(input), [input]);
  const table = useMemo(() => tableRows(input.panels, input.stepLabels, tr), [input, tr]);
  const headers = useMemo(() => headersFor(tr), [tr]);
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
        label={tr.t('compare.pipeLabel', { title })}
        height={pipelineHeight(input)}
        testId="pipeline"
        fileName={`irm-atlas-${title}`}
        exportOption={() => {
          const e = { ...input, frame: exportFrame(input.frame, snap, tr) };
          return { option: pipelineOption(e), height: pipelineHeight(e) };
        }}
        csv={() => chartCsv(shareCsv(headers, table), provenance(snap, RULES, tr))}
        onEvents={onEvents}
        table={
          <ShareTable headers={headers} rows={table} caption={title} testId="pipeline-table" />
        }
      />
      <p className="note">{tr.t('compare.pipeNote')}</p>
    </>
  );
}
