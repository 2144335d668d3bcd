import { EN, type Translator } from '../../i18n/translator';
import { formatCount, formatShare } from '../../lib/format';
import { metricLabel, METRICS } from '../../metrics';
import type { Briefing } from '../../queries/briefing';
import type { CycleRow } from './cycle-rows';

export interface SummaryContext {
  dataset: { name: string; simulated: boolean };
  rules: string;
}

/** The short plain-text summary "copy summary" puts on the clipboard. */
export function briefingSummary(
  b: Briefing,
  rows: CycleRow[],
  ctx: SummaryContext,
  tr: Translator = EN,
): string {
  const n = (x: number) => formatCount(x, tr);
  const m = b.member;
  const pooled = rows.find((r) => r.cycle === null);
  const cycles = rows.filter((r) => r.cycle !== null).map((r) => r.cycle);
  const p = b.pipeline;
  const lines = [
    tr.t('member.s_title', {
      name: m.name ?? m.member_id,
      facts: [m.kind, m.region].filter(Boolean).join(', '),
    }),
    ...(ctx.dataset.simulated ? [tr.t('member.s_simulated')] : []),
    tr.t('member.s_plans', {
      count: b.plans.length,
      cycles: cycles.length ? tr.t('member.s_cycles', { cycles: cycles.join(', ') }) : '',
      commitments: n(p.commitments),
    }),
    ...(pooled
      ? METRICS.map((d) => {
          const v = pooled.metrics[d.id];
          const share = (x: typeof v.member) =>
            x ? formatShare(x.share, x.n, tr) : tr.t('member.s_na');
          return tr.t('member.s_metric', {
            metric: metricLabel(d.id, tr),
            member: share(v.member),
            region: share(v.region),
            global: share(v.global),
          });
        })
      : []),
    tr.t('member.s_pipeline', {
      verifiable: n(p.verifiable),
      ambitious: n(p.ambitious),
      completed: n(p.completed),
      results: n(p.results),
      commitments: n(p.commitments),
    }),
    tr.t('member.s_notable', {
      list: b.notable.length
        ? b.notable
            .slice(0, 5)
            .map((x) => x.commitment_id)
            .join(', ') +
          (b.notable.length > 5 ? tr.t('member.s_more', { count: b.notable.length - 5 }) : '')
        : tr.t('member.s_none'),
    }),
    tr.t('member.s_source', {
      name: ctx.dataset.name,
      simulated: ctx.dataset.simulated ? tr.t('member.s_simulatedSuffix') : '',
      rules: ctx.rules,
    }),
  ];
  return lines.join('\n');
}
