import { EN, type Translator } from '../i18n/translator';

/** A stage (connector and loader speak English) in the UI language. */
export function stageText(stage: string | null, tr: Translator = EN): string {
  if (stage === null) return tr.t('ui.stageStarting');
  if (stage.startsWith('Starting DuckDB')) return tr.t('ui.stageDuckdb');
  if (stage.startsWith('Loading ')) return tr.t('ui.stageLoading', { name: stage.slice(8) });
  if (stage.startsWith('Normalising '))
    return tr.t('ui.stageNormalising', { name: stage.slice(12) });
  if (stage.startsWith('Building tables')) return tr.t('ui.stageBuilding');
  if (stage === 'Ready') return tr.t('ui.stageReady');
  return stage;
}

/** How far along a load is, from its stage text (stages come from the connector and loader). */
export function stagePercent(stage: string | null): number {
  if (stage === null) return 5;
  if (stage.startsWith('Starting DuckDB')) return 15;
  if (stage.startsWith('Loading')) return 40;
  if (stage.startsWith('Normalising')) return 65;
  if (stage.startsWith('Building')) return 85;
  if (stage.startsWith('Ready')) return 100;
  return 50;
}
