import { EN, type Translator } from '../i18n/translator';
import { splitFraction } from '../ingest/progress';

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
