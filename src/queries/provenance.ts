import { DEFAULT_SWITCHES, type Switches } from '../metrics';
import { EN, type Translator } from '../i18n/translator';
import { dataStatus, type ExportProvenance } from '../lib/export-table';

/** The harmonisation rules in force, in words, for exports, briefings and the console. */
export function rulesText(s: Switches, tr: Translator = EN): string {
  const parts = [
    tr.t(s.denominator === 'all' ? 'explore.prov_denomAll' : 'explore.prov_denomRated'),
    tr.t(s.starRule === '2015' ? 'explore.prov_star2015' : 'explore.prov_starCurrent'),
    tr.t(
      s.ambitionTransformativeOnly ? 'explore.prov_preTransformative' : 'explore.prov_preModerate',
    ),
    tr.t(
      s.ambitionIncludesModerate ? 'explore.prov_refreshModest' : 'explore.prov_refreshSubstantial',
    ),
  ];
  const changed = (Object.keys(DEFAULT_SWITCHES) as (keyof Switches)[]).some(
    (k) => s[k] !== DEFAULT_SWITCHES[k],
  );
  return `${parts.join('; ')}${tr.t(changed ? 'explore.prov_changed' : 'explore.prov_defaults')}`;
}

export function exportProvenance(
  dataset: { name: string; simulated: boolean },
  switches: Switches,
  tr: Translator = EN,
): ExportProvenance {
  return {
    dataset: dataset.name,
    simulated: dataset.simulated,
    rules: rulesText(switches, tr),
    status: dataStatus(dataset.simulated, tr),
  };
}
