import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n';
import { splitFraction, withFraction } from '../../src/ingest/progress';
import {
  nextClock,
  secondsLeft,
  stageDetail,
  stagePercent,
  stageText,
} from '../../src/ui/progress-stage';

describe('a stage that counts', () => {
  it('carries its percentage and the rows read so far, and gives them back', () => {
    const full = withFraction('Normalising export.csv', 412, 1000, 412_000);
    expect(full).toBe('Normalising export.csv [41%, 412000 rows]');
    expect(splitFraction(full)).toEqual({
      stage: 'Normalising export.csv',
      percent: 41,
      rows: 412_000,
    });
    expect(splitFraction(withFraction('Normalising a.csv', 5, 10))).toEqual({
      stage: 'Normalising a.csv',
      percent: 50,
      rows: null,
    });
    // A file name that looks like a fraction is part of the name.
    expect(splitFraction('Normalising a [3%] b.csv')).toEqual({
      stage: 'Normalising a [3%] b.csv',
      percent: null,
      rows: null,
    });
    expect(stagePercent(full)).toBe(Math.round(40 + 41 * 0.45));
    expect(stageText(full)).toBe('Normalising export.csv 41%');
  });
});

describe('the time left in a stage', () => {
  const at = (pct: number, rows = pct * 1000) =>
    withFraction('Normalising export.csv', pct, 100, rows);

  it('extrapolates the rate since the stage began, once the rate says something', () => {
    const clock = nextClock(null, at(5), 1_000);
    expect(clock).toEqual({ stage: 'Normalising export.csv', ms: 1_000, percent: 5 });
    // The same stage further on keeps its clock.
    expect(nextClock(clock, at(20), 4_500)).toBe(clock);
    // 15 points in 3.5 s: the 80 left take 80 / 15 × 3.5 s.
    expect(secondsLeft(clock, at(20), 4_500)).toBeCloseTo((80 / 15) * 3.5, 6);
    // Too early, too little done, or done: no estimate.
    expect(secondsLeft(clock, at(40), 3_000)).toBeNull();
    expect(secondsLeft(clock, at(8), 9_000)).toBeNull();
    expect(secondsLeft(clock, at(100), 9_000)).toBeNull();
  });

  it('starts again with the next file, and stops for a stage without a percentage', () => {
    const clock = nextClock(null, at(60), 0)!;
    const next = withFraction('Normalising second.csv', 1, 100, 61_000);
    const fresh = nextClock(clock, next, 8_000);
    expect(fresh).toEqual({ stage: 'Normalising second.csv', ms: 8_000, percent: 1 });
    expect(secondsLeft(clock, next, 8_000)).toBeNull();
    expect(nextClock(fresh, 'Building tables', 9_000)).toBeNull();
    expect(secondsLeft(null, at(50), 9_000)).toBeNull();
  });
});

describe('what a load has done and has left, in words', () => {
  const full = withFraction('Normalising export.csv', 42, 100, 412_000);

  it('rounds the time left up, to 5 s, then to minutes', () => {
    expect(stageDetail(full, 18.7)).toBe('412,000 rows read · about 20 s left');
    expect(stageDetail(full, 0.4)).toBe('412,000 rows read · about 5 s left');
    expect(stageDetail(full, 61)).toBe('412,000 rows read · about 2 min left');
    expect(stageDetail(full, null)).toBe('412,000 rows read');
    expect(stageDetail(withFraction('Normalising x.csv', 1, 100, 1), null)).toBe('1 row read');
    expect(stageDetail('Building tables', null)).toBe('');
    expect(stageDetail(null, null)).toBe('');
  });

  it('speaks French and Spanish', () => {
    const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
    expect(nbsp(stageDetail(full, 18.7, translator('fr')))).toBe(
      '412 000 lignes lues · encore environ 20 s',
    );
    expect(nbsp(stageDetail(full, 125, translator('es')))).toBe(
      '412.000 filas leídas · quedan unos 3 min',
    );
  });
});
