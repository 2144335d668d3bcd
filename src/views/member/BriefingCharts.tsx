import { useMemo } from 'react';
import { briefingCyclesOption, SCOPE_COLORS } from '../../charts/briefing-cycles.option';
import { briefingPipelineOption } from '../../charts/briefing-pipeline.option';
import { LazyChart } from '../../charts/LazyChart';
import type { MetricId } from '../../metrics';
import { PIPELINE_STEPS, type Pipeline } from '../../queries/briefing';
import type { CycleRow } from './cycle-rows';

const SMALL: [MetricId, string][] = [
  ['ambition_high', 'High ambition'],
  ['high_completion', 'High completion'],
  ['strong_results', 'Strong results'],
];

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
  const perCycle = rows.filter((r) => r.cycle !== null);
  const options = useMemo(
    () =>
      SMALL.map(([id, title]) =>
        briefingCyclesOption({
          title,
          cycles: perCycle.map((r) => r.cycle ?? ''),
          member: perCycle.map((r) => r.metrics[id].member),
          region: perCycle.map((r) => r.metrics[id].region),
          global: perCycle.map((r) => r.metrics[id].global),
          simulated,
        }),
      ),
    [perCycle, simulated],
  );
  const pipelineOption = useMemo(
    () =>
      briefingPipelineOption({
        steps: PIPELINE_STEPS.map((s) => ({ label: s.label, count: pipeline[s.id] })),
        commitments: pipeline.commitments,
        simulated,
      }),
    [pipeline, simulated],
  );
  return (
    <div className="briefing-charts">
      <div className="small-multiples">
        {options.map((o, i) => (
          <LazyChart
            key={SMALL[i]?.[0]}
            option={o}
            label={`${SMALL[i]?.[1]} by cycle`}
            height={150}
          />
        ))}
      </div>
      <p className="chart-key">
        {(['member', 'region', 'global'] as const).map((s) => (
          <span key={s}>
            <span className="swatch" style={{ background: SCOPE_COLORS[s] }} /> {s}
          </span>
        ))}
        <span className="muted">
          bars: share of rated commitments; axis: first year of the cycle and the member's n
        </span>
      </p>
      <div data-testid="pipeline">
        <LazyChart
          option={pipelineOption}
          label="Pipeline: verifiable, ambitious, high completion, strong results"
          height={120}
        />
      </div>
    </div>
  );
}
