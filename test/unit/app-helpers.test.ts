import { describe, expect, it } from 'vitest';
import { IDLE, failed, pending, ready } from '../../src/hooks/async-state';
import { formatCount, formatInterval, formatPercent, formatShare } from '../../src/lib/format';
import { stagePercent } from '../../src/ui/progress-stage';
import { splitDropped } from '../../src/views/data/split-dropped';

describe('async state union', () => {
  it('keeps the previous data while pending and after an error', () => {
    const first = ready([1, 2]);
    const next = pending(first);
    expect(next).toEqual({ status: 'pending', data: [1, 2], error: null });
    const broken = failed(next, 'boom');
    expect(broken.status).toBe('error');
    expect(broken.data).toEqual([1, 2]);
    expect(broken.error).toEqual(new Error('boom'));
    expect(pending(IDLE)).toEqual({ status: 'pending', data: null, error: null });
  });
});

describe('number formatting', () => {
  it('formats counts, shares and intervals', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatPercent(0.6234)).toBe('62%');
    expect(formatPercent(0.004)).toBe('0.4%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatShare(0.5, 4)).toBe('50% (n=4)');
    expect(formatShare(null, 0)).toBe('no rated commitments (n=0)');
    expect(formatInterval([0.231, 0.882])).toBe('23–88%');
  });
});

describe('progress stages', () => {
  it('moves forward through the loader stages', () => {
    const stages = [
      null,
      'Starting DuckDB',
      'Loading x.csv',
      'Normalising x.csv',
      'Building tables',
      'Ready',
    ];
    const percents = stages.map(stagePercent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });
});

describe('splitDropped', () => {
  it('takes files named "action plan(s)" as the action-plans file', () => {
    const f = (name: string) => ({ name });
    const split = splitDropped([
      f('commitments.csv'),
      f('action-plans.csv'),
      f('Action_Plan_2020.xlsx'),
      f('actionable.csv'),
    ]);
    expect(split.commitments.map((x) => x.name)).toEqual(['commitments.csv', 'actionable.csv']);
    expect(split.actionPlans.map((x) => x.name)).toEqual([
      'action-plans.csv',
      'Action_Plan_2020.xlsx',
    ]);
  });
});
