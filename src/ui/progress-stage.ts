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
