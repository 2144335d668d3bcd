import type { LoadReport } from './load-types';
import type { AddPagesResult } from './page-import';

/** The load report with the pages just added: counted, their issues listed, files named. */
export function reportWithPages(report: LoadReport, result: AddPagesResult): LoadReport {
  if (result.added.length === 0) return report;
  const before = report.pages ?? { pages: [], commitments: 0, actionPlans: 0 };
  const added = result.added.map((c) => ({
    name: c.name,
    kind: c.kind === 'action_plan' ? ('action_plan' as const) : ('commitment' as const),
    id: c.id ?? '',
  }));
  return {
    ...report,
    dataset: { ...report.dataset, files: [...report.dataset.files, ...added.map((p) => p.name)] },
    issues: [...report.issues, ...result.issues],
    pages: {
      pages: [...before.pages, ...added],
      commitments: before.commitments + added.filter((p) => p.kind === 'commitment').length,
      actionPlans: before.actionPlans + added.filter((p) => p.kind === 'action_plan').length,
    },
  };
}
