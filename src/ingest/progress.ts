/**
 * Load stages travel as English text ("Normalising x.csv"); a stage that knows how far it got
 * carries a percentage at its end, and the rows read so far when it counts them, which the
 * progress bar reads back: "Normalising x.csv [42%, 412000 rows]".
 */
export function withFraction(stage: string, done: number, total: number, rows?: number): string {
  const pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
  return rows === undefined ? `${stage} [${pct}%]` : `${stage} [${pct}%, ${rows} rows]`;
}

export interface StageFraction {
  stage: string;
  percent: number | null;
  /** Rows read so far, when the stage counted them. */
  rows: number | null;
}

export function splitFraction(stage: string): StageFraction {
  const m = /^(.*) \[(\d{1,3})%(?:, (\d+) rows)?\]$/s.exec(stage);
  return m
    ? { stage: m[1]!, percent: Number(m[2]), rows: m[3] === undefined ? null : Number(m[3]) }
    : { stage, percent: null, rows: null };
}
