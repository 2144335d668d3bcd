import { describe, expect, it } from 'vitest';
import { metricValue, wilson } from '../../src/metrics';
import { summaryQuery } from '../../src/queries';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { csvCell, neutraliseFormula } from '../../src/lib/csv';

describe('Wilson 95 % interval', () => {
  it.each([
    [7, 10, [0.397, 0.892]],
    [0, 10, [0, 0.278]],
    [10, 10, [0.722, 1]],
    [1, 2, [0.095, 0.905]],
    [50, 100, [0.404, 0.596]],
  ] as const)('%i of %i → %j', (yes, n, ci) => {
    expect(wilson(yes, n)).toEqual(ci);
  });
  it('is undefined for n = 0, and so is the share', () => {
    expect(metricValue(0, 0)).toEqual({ yes: 0, n: 0, share: null, ci95: null });
    expect(metricValue(7, 10)).toEqual({ yes: 7, n: 10, share: 0.7, ci95: [0.397, 0.892] });
  });
});

describe('summary query builder', () => {
  it('binds filter values as parameters, never as text', () => {
    const q = summaryQuery({
      by: ['member'],
      switches: DEFAULT_SWITCHES,
      filters: { regions: ["Europe'; DROP TABLE commitments; --"], yearFrom: 2015 },
    });
    expect(q.sql).not.toContain('DROP');
    expect(q.sql).toContain('WHERE region IN (?) AND year_submission >= ?');
    expect(q.params).toEqual(["Europe'; DROP TABLE commitments; --", 2015]);
  });
  it('counts every commitment in n under the "all commitments" denominator', () => {
    expect(
      summaryQuery({ by: [], switches: { ...DEFAULT_SWITCHES, denominator: 'all' } }).sql,
    ).toContain('count(*)::INTEGER AS "verifiable__n"');
  });
});

describe('CSV export cells', () => {
  it.each(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('plain')).toBe('plain');
  });
});
