/**
 * The loader fuzz (scripts/fuzz.ts) in miniature: a few hundred generated files with a fixed
 * seed, small sizes (no ~1 MB fields), every reader. On a failure fast-check shrinks the case
 * and prints its seed and path.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCase, loadBaseline, type Verdict } from '../../scripts/fuzz';
import type { Connector } from '../../src/db/connector';
import { testConnector } from '../helpers/db';
import { SMALL, buildCase, caseSpecArb } from './generators';

const SEED = 20_260_407;
const RUNS = 250;

let conn: Connector;
beforeAll(async () => {
  conn = await testConnector();
  await loadBaseline(conn);
});

describe('loader fuzz', () => {
  it(`${RUNS} generated files (seed ${SEED}): no crash, no row lost`, async () => {
    const seen: { kind: string; outcome: Verdict['outcome'] }[] = [];
    await fc.assert(
      fc.asyncProperty(caseSpecArb(SMALL), async (spec) => {
        const c = await buildCase(spec);
        const v = await checkCase(conn, c, { datasetId: 'fuzz', timeoutMs: 10_000 });
        seen.push({ kind: c.kind, outcome: v.outcome });
        expect(v.crash, `${c.kind}: ${v.crash}`).toBeNull();
        expect(v.lost, `${c.kind}: ${v.notes.join('; ')}`).toBe(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The run is not degenerate: every reader was reached, and files loaded as well as failed.
    const families = new Set(seen.map((s) => s.kind.replace(/^pair\(/, '').split(':')[0]));
    expect([...families].sort()).toEqual(['csv', 'json', 'junk', 'parquet', 'xlsx']);
    const loaded = seen.filter((s) => s.outcome === 'loaded').length;
    expect(loaded).toBeGreaterThan(RUNS * 0.25);
    expect(seen.filter((s) => s.outcome === 'refused').length).toBeGreaterThan(RUNS * 0.25);
  }, 90_000);
});
