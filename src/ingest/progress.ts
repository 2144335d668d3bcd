/**
 * Load stages travel as English text ("Normalising x.csv"); a stage that knows how far it got
 * carries a percentage at its end, which the progress bar reads back.
 */
export function withFraction(stage: string, done: number, total: number): string {
  const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
  return `${stage} [${pct}%]`;
}

export function splitFraction(stage: string): { stage: string; percent: number | null } {
  const m = /^(.*) \[(\d{1,3})%\]$/s.exec(stage);
  return m ? { stage: m[1]!, percent: Number(m[2]) } : { stage, percent: null };
}
