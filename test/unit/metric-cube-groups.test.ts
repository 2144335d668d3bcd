/** One cube set's groups from the finest grain's slots (src/queries/metric-cube.ts). */
import { describe, expect, it } from 'vitest';
import type { Keyed } from '../../src/queries/fact-grouping';
import { setGroups } from '../../src/queries/metric-cube';

const key = (codes: number[], size: number): Keyed => ({
  codes: Int32Array.from(codes),
  label: (c) => `v${c}`,
  size,
});

// Four fine groups (rows 0–3 are their first rows), slots 2g (reference) and 2g + 1 (selected).
const first = Int32Array.from([0, 1, 2, 3]);
const count = Int32Array.from([1, 2, 0, 3, 4, 0, 5, 6]);
// One measure: yes and rated per slot.
const yes = Int32Array.from([1, 1, 0, 2, 1, 0, 0, 3]);
const rated = Int32Array.from([1, 2, 0, 3, 2, 0, 4, 5]);
// Key a: rows 0 and 2 share code 0, rows 1 and 3 code 1; key b: -1 (none) on rows 2 and 3.
const codesA = [0, 1, 0, 1];
const codesB = [3, 3, -1, -1];

describe('setGroups', () => {
  it('sums the slots of each combination of codes, in the order first seen', () => {
    const g = setGroups([key(codesA, 3), key(codesB, 5)], first, count, yes, rated, 1, false);
    expect(g).toEqual({
      first: [0, 1, 2, 3],
      count: [3, 3, 4, 11],
      yes: [2, 2, 1, 3],
      rated: [3, 3, 2, 9],
    });
  });

  it('keys that do not fit an exact number give the same groups (joined codes instead)', () => {
    const huge = 2 ** 30;
    const exact = setGroups([key(codesA, 3)], first, count, yes, rated, 1, false);
    const joined = setGroups(
      [key(codesA, huge), key([0, 0, 0, 0], huge)],
      first,
      count,
      yes,
      rated,
      1,
      false,
    );
    expect(joined).toEqual(exact);
    expect(exact.count).toEqual([7, 14]);
  });

  it('the selection leaves out the reference-only slots; no keys make one total row', () => {
    const sel = setGroups([key(codesA, 3)], first, count, yes, rated, 1, true);
    expect(sel).toEqual({ first: [0, 1], count: [2, 9], yes: [1, 5], rated: [2, 8] });
    const none = setGroups([], first, Int32Array.from([0, 0]), yes, rated, 1, true);
    expect(none).toEqual({ first: [-1], count: [0], yes: [0], rated: [0] });
  });
});
