import { useMemo } from 'react';
import { briefingCyclesOption, SCOPE_COLORS } from '../../charts/briefing-cycles.option';
import { briefingPipelineOption } from '../../charts/briefing-pipeline.option';
import { LazyChart } from '../../charts/LazyChart';
import { useT } from '../../i18n';
import { metricLabel, type MetricId } from '../../metrics';
import { pipelineStepLabel } from '../../queries/measures';
import { PIPELINE_STEPS, type Pipeline } from '../../queries/briefing';
import type { CycleRow } from './cycle-rows';

const SMALL: readonly MetricId[] = ['ambition_high', 'high_completion', 'strong_results'];

/** Three small multiples by cycle (member, region, global) and the pipeline. */
export function BriefingCharts({
  rows,
  pipeline,
  simulated,
}: {
  rows: CycleRow[];
  pipeline: Pipeline;
  simulated: boolean;
}) {
  const tr = useT();
  const perCycle = rows.filter((r) => r.cycle !== null);
  const options = useMemo(
    () =>
      SMALL.map((id) =>
        briefingCyclesOption({
          title: metricLabel(id, tr),
          cycles: perCycle.map((r) => r.cycle ?? ''),
          member: perCycle.map((r) => r.metrics[id].member),
          region: perCycle.map((r) => r.metrics[id].region),
          global: perCycle.map((r) => r.metrics[id].global),
          simulated,
          tr,
        }),
      ),
    [perCycle, simulated, tr],
  );
  const pipelineOption = useMemo(
    () =>
      briefingPipelineOption({
        steps: PIPELINE_STEPS.map((s, i) => ({
          label: pipelineStepLabel(i, tr),
          count: pipeline[s.id],
        })),
        commitments: pipeline.commitments,
        simulated,
        tr,
      }),
    [pipeline, simulated, tr],
  );
  return (
    <div className="briefing-charts">
      <div className="small-multiples">
        {options.map((o, i) => (
          <LazyChart
            key={SMALL[i]}
            option={o}
            label={tr.t('member.byCycle', { metric: metricLabel(SMALL[i] ?? 'verifiable', tr) })}
            height={150}
          />
        ))}
      </div>
      <p className="chart-key">
        {(['member', 'region', 'global'] as const).map((s) => (
          <span key={s}>
            <span className="swatch" style={{ background: SCOPE_COLORS[s] }} />{' '}
            {tr.t(`member.scope_${s}`)}
          </span>
        ))}
        <span className="muted">{tr.t('member.chartKey')}</span>
      </p>
      <div data-testid="pipeline">
        <LazyChart option={pipelineOption} label={tr.t('member.pipelineLabel')} height={120} />
      </div>
    </div>
  );
}
