import { DEFAULT_SWITCHES, type Switches } from '../metrics';
import type { ExportProvenance } from '../lib/export-table';

/** The harmonisation rules in force, in words, for exports, briefings and the console. */
export function rulesText(s: Switches): string {
  const parts = [
    s.denominator === 'all'
      ? 'denominator: all commitments (OGP convention)'
      : 'denominator: rated commitments only',
    `star rule: ${s.starRule === '2015' ? '2015-only' : 'current formula'}`,
    s.ambitionTransformativeOnly
      ? 'pre-2020 ambition: Transformative only'
      : 'pre-2020 ambition: Moderate or Transformative',
    s.ambitionIncludesModerate
      ? 'refresh ambition: Modest counts'
      : 'refresh ambition: Substantial only',
  ];
  const changed = (Object.keys(DEFAULT_SWITCHES) as (keyof Switches)[]).some(
    (k) => s[k] !== DEFAULT_SWITCHES[k],
  );
  return `${parts.join('; ')}${changed ? ' (switches changed from the defaults)' : ' (defaults)'}`;
}

export function exportProvenance(
  dataset: { name: string; simulated: boolean },
  switches: Switches,
): ExportProvenance {
  return { dataset: dataset.name, simulated: dataset.simulated, rules: rulesText(switches) };
}
