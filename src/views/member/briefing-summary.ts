import { formatCount, formatShare } from '../../lib/format';
import { METRICS } from '../../metrics';
import type { Briefing } from '../../queries/briefing';
import type { CycleRow } from './cycle-rows';

export interface SummaryContext {
  dataset: { name: string; simulated: boolean };
  rules: string;
}

/** The short plain-text summary "copy summary" puts on the clipboard. */
export function briefingSummary(b: Briefing, rows: CycleRow[], ctx: SummaryContext): string {
  const m = b.member;
  const pooled = rows.find((r) => r.cycle === null);
  const cycles = rows.filter((r) => r.cycle !== null).map((r) => r.cycle);
  const p = b.pipeline;
  const lines = [
    `${m.name ?? m.member_id} (${[m.kind, m.region].filter(Boolean).join(', ')}) — IRM Atlas briefing`,
    ...(ctx.dataset.simulated ? ['SIMULATED DATA, not real IRM results.'] : []),
    `Action plans: ${b.plans.length}${cycles.length ? ` (cycles ${cycles.join(', ')})` : ''}; commitments: ${formatCount(p.commitments)}.`,
    ...(pooled
      ? METRICS.map((d) => {
          const v = pooled.metrics[d.id];
          const share = (x: typeof v.member) => (x ? formatShare(x.share, x.n) : 'n/a');
          return `- ${d.label}: ${share(v.member)}; region ${share(v.region)}; global ${share(v.global)}`;
        })
      : []),
    `Pipeline: ${formatCount(p.verifiable)} verifiable → ${formatCount(p.ambitious)} also ambitious → ${formatCount(p.completed)} also high completion → ${formatCount(p.results)} also strong results (of ${formatCount(p.commitments)}).`,
    `Notable commitments: ${
      b.notable.length
        ? b.notable
            .slice(0, 5)
            .map((n) => n.commitment_id)
            .join(', ') + (b.notable.length > 5 ? ` and ${b.notable.length - 5} more` : '')
        : 'none'
    }.`,
    `Source: ${ctx.dataset.name}${ctx.dataset.simulated ? ' (simulated)' : ''}. Rules: ${ctx.rules}.`,
  ];
  return lines.join('\n');
}
