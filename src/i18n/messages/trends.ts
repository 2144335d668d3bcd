/** The Trends view (src/views/trends). */
export const en = {
  title: 'Trends',
  idle: 'Load a dataset to see trends.',
  chartTitle: '{metric} by plan start year',
  label: '{title}: lines with 95% bands; the table below has every point with its n.',
  h_line: 'Line',
  h_year: 'Plan start year',
  h_era: 'Era',
  h_cycle: 'Cycle',
  era_pre2020: 'pre-2020',
  era_refresh: 'refresh',
  bothPooled: 'both pooled',
  chooseMembers: 'Choose members in the filter bar to add their lines. ',
  unrated: 'Nothing rated yet for plans starting {years} (not drawn). ',
  dropped: 'Only the first {max} members are drawn (left out: {names}). ',
  note: "Points are plans by start year (a member's cycle in the tooltip); shaded bands are 95% intervals; hollow points rest on fewer than {smallN} rated commitments. Dashed lines: regions, black: all members, under the same filters without the member and region selection. Click a region line to filter by that region.",
} as const;
