import { EN, type Translator } from '../i18n/translator';
import { splitFraction } from '../ingest/progress';
import { formatCount } from '../lib/format';

/** A stage (connector and loader speak English) in the UI language. */
export function stageText(full: string | null, tr: Translator = EN): string {
  if (full === null) return tr.t('ui.stageStarting');
  const { stage, percent } = splitFraction(full);
  const text = baseText(stage, tr);
  return percent === null ? text : `${text} ${tr.percent(percent / 100)}`;
}

function baseText(stage: string, tr: Translator): string {
  if (stage.startsWith('Starting DuckDB')) return tr.t('ui.stageDuckdb');
  if (stage.startsWith('Loading ')) return tr.t('ui.stageLoading', { name: stage.slice(8) });
  if (stage.startsWith('Normalising '))
    return tr.t('ui.stageNormalising', { name: stage.slice(12) });
  if (stage.startsWith('Building tables')) return tr.t('ui.stageBuilding');
  if (stage === 'Ready') return tr.t('ui.stageReady');
  return stage;
}

/**
 * How far along a load is, from its stage text (stages come from the connector and loader).
 * Normalising a streamed file runs from 40 % to 85 % by the share of its bytes read.
 */
export function stagePercent(full: string | null): number {
  if (full === null) return 5;
  const { stage, percent } = splitFraction(full);
  if (percent !== null && stage.startsWith('Normalising')) return Math.round(40 + percent * 0.45);
  if (stage.startsWith('Starting DuckDB')) return 15;
  if (stage.startsWith('Loading')) return 40;
  if (stage.startsWith('Normalising')) return 65;
  if (stage.startsWith('Building')) return 85;
  if (stage.startsWith('Ready')) return 100;
  return 50;
}

/** Where a stage that counts its percentage was first seen, to time the rest of it. */
export interface StageClock {
  stage: string;
  ms: number;
  percent: number;
}

/**
 * The clock for `full` at `ms`: kept while the same stage goes on, started afresh when another
 * begins (each file of a load is its own stage), null for a stage without a percentage.
 */
export function nextClock(
  prev: StageClock | null,
  full: string | null,
  ms: number,
): StageClock | null {
  if (full === null) return null;
  const { stage, percent } = splitFraction(full);
  if (percent === null) return null;
  return prev?.stage === stage ? prev : { stage, ms, percent };
}

/** Below these, a rate is too young to extrapolate: the first cuts also start the workers. */
const MIN_ELAPSED_MS = 3_000;
const MIN_GAINED = 5;

/**
 * Seconds left in the stage at the rate it has gone since its clock started, or null while
 * that rate says little (too early, too little done) or the stage is done.
 */
export function secondsLeft(
  clock: StageClock | null,
  full: string | null,
  ms: number,
): number | null {
  if (!clock || full === null) return null;
  const { stage, percent } = splitFraction(full);
  if (percent === null || stage !== clock.stage || percent >= 100) return null;
  const elapsed = ms - clock.ms;
  const gained = percent - clock.percent;
  if (elapsed < MIN_ELAPSED_MS || gained < MIN_GAINED) return null;
  return ((elapsed / gained) * (100 - percent)) / 1000;
}

/**
 * What a load has done and has left, beside the bar: rows read so far and an estimate of the
 * time left ("412,000 rows read · about 30 s left"); '' when neither is known.
 */
export function stageDetail(full: string | null, left: number | null, tr: Translator = EN): string {
  const parts: string[] = [];
  const rows = full === null ? null : splitFraction(full).rows;
  if (rows !== null) parts.push(tr.t('ui.stageRows', { rows, rowsText: formatCount(rows, tr) }));
  if (left !== null) {
    // Rounded up, coarser as it grows: an estimate shown to the second would claim too much.
    if (left < 60)
      parts.push(tr.t('ui.stageLeftSeconds', { n: Math.max(5, Math.ceil(left / 5) * 5) }));
    else parts.push(tr.t('ui.stageLeftMinutes', { n: Math.ceil(left / 60) }));
  }
  return parts.join(' · ');
}
