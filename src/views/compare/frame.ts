import { chartFrame, rulesLine, withLines, type ChartFrame } from '../../charts/chart-frame';
import { EN, type Translator } from '../../i18n/translator';
import type { CsvProvenance } from '../../lib/chart-csv';
import { filterSummary, kindNote } from '../../state/filter-summary';
import type { EraMode } from '../../state/compare-params';
import type { Snapshot } from './use-view-data';

export const POOLED_NOTE = EN.t('compare.pooledNote');

export type Rules = { ambition: boolean; stars: boolean } | null;

/** The frame drawn on screen: title, dataset (simulated or not), the rules in force, era note. */
export function viewFrame(
  snap: Snapshot<unknown>,
  title: string,
  rules: Rules,
  eras: EraMode,
  tr: Translator = EN,
): ChartFrame {
  return chartFrame({
    tr,
    title,
    datasetName: snap.dataset.name,
    simulated: snap.dataset.simulated,
    switches: snap.switches,
    rules,
    extra: eras === 'pooled' ? [tr.t('compare.pooledNote')] : [],
  });
}

/** Exports add the filter in words (and the national/local pooling note). */
export function exportFrame(
  frame: ChartFrame,
  snap: Snapshot<unknown>,
  tr: Translator = EN,
): ChartFrame {
  const note = kindNote(snap.filters, tr);
  return withLines(frame, [filterSummary(snap.filters, tr), ...(note ? [note] : [])]);
}

export function provenance(
  snap: Snapshot<unknown>,
  rules: Rules,
  tr: Translator = EN,
): CsvProvenance {
  return {
    dataset: snap.dataset.name,
    simulated: snap.dataset.simulated,
    rules: rulesLine(snap.switches, rules, tr),
    filters: filterSummary(snap.filters, tr),
  };
}
