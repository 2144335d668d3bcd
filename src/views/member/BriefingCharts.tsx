import { useMemo } from 'react';
import { briefingCyclesOption, SCOPE_COLORS } from '../../charts/briefing-cycles.option';
import { briefingPipelineOption } from '../../charts/briefing-pipeline.option';
import { LazyChart } from '../../charts/LazyChart';
import { useT } from '../../i18n';
import { formatCount, formatPercent } from '../../lib/format';
import type { MetricId, MetricValue } from '../../metrics';
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
  member = '',
}: {
  rows: CycleRow[];
  pipeline: Pipeline;
  simulated: boolean;
  /** The member's name, in the charts' accessible names. */
  member?: string;
}) {
  const { t } = useT();
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
            label={cyclesName(
              t,
              SMALL[i]?.[1] ?? '',
              member,
              perCycle.map((r) => r.metrics[SMALL[i]?.[0] ?? 'ambition_high'].member?.n ?? 0),
            )}
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
          label={t('a11y.briefingPipelineName', {
            member,
            count: formatCount(pipeline.commitments),
          })}
          height={120}
        />
      </div>
      <BriefingChartTables rows={perCycle} pipeline={pipeline} />
    </div>
  );
}

function cyclesName(t: ReturnType<typeof useT>['t'], metric: string, member: string, ns: number[]) {
  return t('a11y.briefingChartName', {
    metric,
    member,
    nMin: ns.reduce((a, b) => Math.min(a, b), ns[0] ?? 0),
    nMax: ns.reduce((a, b) => Math.max(a, b), 0),
  });
}

const cell = (v: MetricValue | null, none: string) =>
  v && v.n > 0
    ? `${v.share === null ? '—' : formatPercent(v.share)} (n=${formatCount(v.n)})`
    : none;

/** The charts' numbers as tables: the accessible alternative to the small multiples and pipeline. */
function BriefingChartTables({ rows, pipeline }: { rows: CycleRow[]; pipeline: Pipeline }) {
  const { t } = useT();
  const none = t('a11y.noData');
  return (
    <details className="as-table" data-testid="briefing-charts-table">
      <summary data-testid="briefing-show-table">{t('a11y.showAsTable')}</summary>
      <table>
        <caption>{t('a11y.briefingTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('a11y.colMetric')}</th>
            <th scope="col">{t('a11y.colCycle')}</th>
            <th scope="col">{t('a11y.colMember')}</th>
            <th scope="col">{t('a11y.colRegion')}</th>
            <th scope="col">{t('a11y.colGlobal')}</th>
          </tr>
        </thead>
        <tbody>
          {SMALL.flatMap(([id, title]) =>
            rows.map((r) => (
              <tr key={`${id}|${r.cycle}`} data-key={`${id}|${r.cycle}`}>
                <th scope="row">{title}</th>
                <td>{r.cycle}</td>
                <td data-n={r.metrics[id].member?.n ?? 0}>{cell(r.metrics[id].member, none)}</td>
                <td>{cell(r.metrics[id].region, none)}</td>
                <td>{cell(r.metrics[id].global, none)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <table>
        <caption>
          {t('a11y.pipelineTableCaption', { count: formatCount(pipeline.commitments) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('a11y.colStep')}</th>
            <th scope="col">{t('a11y.colCommitments')}</th>
            <th scope="col">{t('a11y.colShare')}</th>
          </tr>
        </thead>
        <tbody>
          {PIPELINE_STEPS.map((s) => (
            <tr key={s.id} data-key={s.id} data-count={pipeline[s.id]}>
              <th scope="row">{s.label}</th>
              <td className="num">{formatCount(pipeline[s.id])}</td>
              <td className="num">
                {pipeline.commitments > 0
                  ? formatPercent(pipeline[s.id] / pipeline.commitments)
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
