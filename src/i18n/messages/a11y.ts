/** Accessibility: skip link, chart names and table alternatives, patterns, keyboard filtering. */
export const en = {
  skipToMain: 'Skip to main content',
  decalLabel: 'Patterns in charts',
  decalTitle:
    'Adds a pattern to each colour in the charts, so series can be told apart without colour',
  chartContext:
    '{filter}. {figures, plural, one {# figure} other {# figures}}, n from {nMin} to {nMax}.',
  overviewChartName:
    'Share of commitments meeting each metric in {dataset}, all members, no filter; n up to {nMax} rated commitments per metric; the table below has the same numbers.',
  briefingChartName:
    '{metric} by cycle for {member}: member, region and global shares; the member’s n from {nMin} to {nMax} rated commitments per cycle; the table below has the same numbers.',
  briefingPipelineName:
    'Pipeline for {member}, of {count} commitments: verifiable, ambitious, high completion, strong results; the table below has the same numbers.',
  showAsTable: 'Show as table',
  filterBy: 'Filter by {name}',
  filterHint:
    'Keyboard: the buttons in the first column filter every view by that member or region, as clicking the chart does.',
  briefingTableCaption: 'The charts’ numbers: share of rated commitments by cycle (n = rated)',
  pipelineTableCaption: 'Pipeline: commitments at each step, of {count} commitments',
  colMetric: 'Metric',
  colCycle: 'Cycle',
  colMember: 'Member',
  colRegion: 'Region',
  colGlobal: 'Global',
  colStep: 'Step',
  colCommitments: 'Commitments',
  colShare: 'Share of all commitments',
  noData: 'no data',
} as const;
