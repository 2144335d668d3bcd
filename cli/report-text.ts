import type { LoadReport } from '../src/ingest';

/** The quality report as plain text for a terminal. */
export function reportText(report: LoadReport): string {
  const { dataset, rows, issues } = report;
  const count = (s: string) => issues.filter((i) => i.severity === s).length;
  const lines = [
    `Dataset: ${dataset.name}${dataset.simulated ? '  [SIMULATED DATA]' : ''}`,
    `Files: ${dataset.files.join(', ')}  (layout: ${dataset.layout}, as of ${dataset.asOf})`,
    `Rows: read ${rows.read} = loaded ${rows.loaded} + rejected ${rows.rejected} + skipped ${rows.skipped}`,
  ];
  if (report.actionPlans) {
    const p = report.actionPlans;
    lines.push(
      `Action plans: read ${p.read} = loaded ${p.loaded} + rejected ${p.rejected} + skipped ${p.skipped}`,
    );
  }
  lines.push(
    `Issues: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`,
  );
  for (const i of issues) {
    const where = [
      i.file,
      i.row !== null ? `row ${i.row}` : null,
      i.column ? `column "${i.column}"` : null,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${i.severity.toUpperCase().padEnd(7)} ${where}: ${i.message}`);
  }
  return lines.join('\n');
}
