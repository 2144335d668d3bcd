import { chartFrame, rulesLine, withLines, type ChartFrame } from '../../charts/chart-frame';
import type { CsvProvenance } from '../../lib/chart-csv';
import { filterSummary, kindNote } from '../../state/filter-summary';
import type { EraMode } from '../../state/compare-params';
import type { Snapshot } from './use-view-data';

export const POOLED_NOTE =
  'Eras pooled: pre-2020 and refresh ratings counted together, although the two IRM methodologies differ.';

export type Rules = { ambition: boolean; stars: boolean } | null;

/** The frame drawn on screen: title, dataset (simulated or not), the rules in force, era note. */
export function viewFrame(
  snap: Snapshot<unknown>,
  title: string,
  rules: Rules,
  eras: EraMode,
): ChartFrame {
  return chartFrame({
    title,
    datasetName: snap.dataset.name,
    simulated: snap.dataset.simulated,
    switches: snap.switches,
    rules,
    extra: eras === 'pooled' ? [POOLED_NOTE] : [],
  });
}

/** Exports add the filter in words (and the national/local pooling note). */
export function exportFrame(frame: ChartFrame, snap: Snapshot<unknown>): ChartFrame {
  const note = kindNote(snap.filters);
  return withLines(frame, [filterSummary(snap.filters), ...(note ? [note] : [])]);
}

export function provenance(snap: Snapshot<unknown>, rules: Rules): CsvProvenance {
  return {
    dataset: snap.dataset.name,
    simulated: snap.dataset.simulated,
    rules: rulesLine(snap.switches, rules),
    filters: filterSummary(snap.filters),
  };
}
