import { useMemo } from 'react';
import { briefingCyclesOption, SCOPE_COLORS } from '../../charts/briefing-cycles.option';
import { briefingPipelineOption } from '../../charts/briefing-pipeline.option';
import { LazyChart } from '../../charts/LazyChart';
import { useT } from '../../i18n';
import type { Translator } from '../../i18n';
import { formatCount, formatPercent } from '../../lib/format';
import { metricLabel, type MetricId, type MetricValue } from '../../metrics';
import { pipelineStepLabel } from '../../queries/measures';
import { PIPELINE_STEPS, type Pipeline } from '../../queries/briefing';
import type { CycleRow } from './cycle-rows';

const SMALL: readonly MetricId[] = ['ambition_high', 'high_completion', 'strong_results'];

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
  const tr = useT();
  const { t } = tr;
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
            label={cyclesName(
              t,
              metricLabel(SMALL[i] ?? 'ambition_high', tr),
              member,
              perCycle.map((r) => r.metrics[SMALL[i] ?? 'ambition_high'].member?.n ?? 0),
            )}
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
        <LazyChart
          option={pipelineOption}
          label={t('a11y.briefingPipelineName', {
            member,
            count: formatCount(pipeline.commitments, tr),
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

const cell = (v: MetricValue | null, none: string, tr: Translator) =>
  v && v.n > 0
    ? `${v.share === null ? '—' : formatPercent(v.share, tr)} (n=${formatCount(v.n, tr)})`
    : none;

/** The charts' numbers as tables: the accessible alternative to the small multiples and pipeline. */
function BriefingChartTables({ rows, pipeline }: { rows: CycleRow[]; pipeline: Pipeline }) {
  const tr = useT();
  const { t } = tr;
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
          {SMALL.flatMap((id) =>
            rows.map((r) => (
              <tr key={`${id}|${r.cycle}`} data-key={`${id}|${r.cycle}`}>
                <th scope="row">{metricLabel(id, tr)}</th>
                <td>{r.cycle}</td>
                <td data-n={r.metrics[id].member?.n ?? 0}>
                  {cell(r.metrics[id].member, none, tr)}
                </td>
                <td>{cell(r.metrics[id].region, none, tr)}</td>
                <td>{cell(r.metrics[id].global, none, tr)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <table>
        <caption>
          {t('a11y.pipelineTableCaption', { count: formatCount(pipeline.commitments, tr) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('a11y.colStep')}</th>
            <th scope="col">{t('a11y.colCommitments')}</th>
            <th scope="col">{t('a11y.colShare')}</th>
          </tr>
        </thead>
        <tbody>
          {PIPELINE_STEPS.map((s, i) => (
            <tr key={s.id} data-key={s.id} data-count={pipeline[s.id]}>
              <th scope="row">{pipelineStepLabel(i, tr)}</th>
              <td className="num">{formatCount(pipeline[s.id], tr)}</td>
              <td className="num">
                {pipeline.commitments > 0
                  ? formatPercent(pipeline[s.id] / pipeline.commitments, tr)
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
