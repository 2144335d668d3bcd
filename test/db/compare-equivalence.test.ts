/**
 * The Compare/Trends cube filters and sums in JS (src/queries/metric-cube.ts); summarize() does
 * it in SQL (whereClause). On the simulated dataset, for random filters and switches, both must
 * give the same figures — the same numbers the CLI prints.
 */
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFromPaths } from '../../cli/load-file';
import type { Connector } from '../../src/db/connector';
import { METRIC_IDS, type Switches } from '../../src/metrics';
import { summarize, type Filters } from '../../src/queries';
import { heatmapData } from '../../src/queries/compare';
import { loadFacts, type Facts } from '../../src/queries/facts';
import { filterOptions, type FilterOptions } from '../../src/queries/filter-options';
import { factCube } from '../../src/queries/metric-cube';
import { testConnector } from '../helpers/db';

const SIM = fileURLToPath(
  new URL('../../data/simulated/ogp-export-simulated.csv', import.meta.url),
);
let conn: Connector;
let options: FilterOptions;
const factsBy = new Map<string, Facts>();

beforeAll(async () => {
  conn = await testConnector();
  await loadFromPaths(conn, SIM, { asOf: '2026-11-23' });
  options = await filterOptions(conn);
});

async function factsFor(s: Switches): Promise<Facts> {
  const key = JSON.stringify(s);
  let f = factsBy.get(key);
  if (!f) factsBy.set(key, (f = await loadFacts(conn, s)));
  return f;
}

const some = (values: string[]) =>
  fc.option(fc.subarray(values, { minLength: 1, maxLength: Math.min(3, values.length) }), {
    nil: undefined,
    freq: 2, // half the filters unset, so that many cases still match rows
  });

function arbitraries() {
  const v = (o: { value: string }[]) => o.map((x) => x.value);
  const filters: fc.Arbitrary<Filters> = fc.record({
    regions: some(v(options.regions)),
    kinds: some(v(options.kinds)),
    eras: some(v(options.eras)),
    members: some(v(options.members).slice(0, 30)),
    values: some(v(options.values)),
    policyAreas: some(v(options.policyAreas).slice(0, 20)),
    yearFrom: fc.option(fc.constantFrom(...options.years), { nil: undefined, freq: 2 }),
    yearTo: fc.option(fc.constantFrom(...options.years), { nil: undefined, freq: 2 }),
  });
  const switches: fc.Arbitrary<Switches> = fc.record({
    ambitionTransformativeOnly: fc.boolean(),
    ambitionIncludesModerate: fc.boolean(),
    starRule: fc.constantFrom('current' as const, '2015' as const),
    denominator: fc.constantFrom('rated' as const, 'all' as const),
  });
  return { filters, switches, metric: fc.constantFrom(...METRIC_IDS) };
}

const clean = (f: Filters): Filters =>
  Object.fromEntries(Object.entries(f).filter(([, x]) => x !== undefined)) as Filters;

describe('JS cube = summarize() on the simulated dataset', () => {
  it('global figures for every metric, under random filters and switches', async () => {
    const a = arbitraries();
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(a.filters, a.switches, async (raw, switches) => {
        const filters = clean(raw);
        const [sql] = await summarize(conn, { by: [], switches, filters });
        const [js] = factCube(await factsFor(switches), {
          measures: METRIC_IDS,
          sets: [{ scope: 'selection', keys: [] }],
          filters,
        });
        if ((js?.commitments ?? 0) > 0) nonEmpty++;
        for (const m of METRIC_IDS) {
          expect([js?.values[m]?.yes, js?.values[m]?.n], `${m} ${JSON.stringify(filters)}`).toEqual(
            [sql?.metrics[m].yes, sql?.metrics[m].n],
          );
        }
      }),
      { numRuns: 40, seed: 20261123 },
    );
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it('heatmap cells per member and cycle, under random filters', async () => {
    const a = arbitraries();
    await fc.assert(
      fc.asyncProperty(a.filters, a.switches, a.metric, async (raw, switches, metric) => {
        const filters = clean(raw);
        const groups = await summarize(conn, { by: ['member', 'cycle'], switches, filters });
        const data = heatmapData(await factsFor(switches), { filters, measure: metric });
        const cells = data.members.flatMap((m) =>
          Object.values(m.byYear).map((c) => `${m.member}|${c.cycle}|${c.value.yes}/${c.value.n}`),
        );
        const expected = groups.map(
          (g) => `${g.key.member}|${g.key.cycle}|${g.metrics[metric].yes}/${g.metrics[metric].n}`,
        );
        expect(cells.sort()).toEqual(expected.sort());
      }),
      { numRuns: 30, seed: 42 },
    );
  });
});
