/**
 * The compute half of a filter change, in Node: each Compare / Trends view's figures
 * (src/queries/*Data over Facts) for a run of region toggles, on seeded synthetic facts of the
 * shape the app builds (members, regions, plans, years, measures, levels, "; "-lists), at
 * 10k / 100k / 1M rows. Prints p50 / p95 per view and size side by side; the browser figure
 * (bench/filter-change.ts) adds React and ECharts on top of this.
 *   npx tsx bench/fact-cube.ts [--rows 10000,1000000] [--changes 30]
 */
import { heatmapData } from '../src/queries/compare';
import { distributionData } from '../src/queries/distribution';
import { DIST_FIELD_IDS } from '../src/queries/distribution-fields';
import { FACT_MEASURES, type Facts, type TextColumn } from '../src/queries/facts';
import type { Filters } from '../src/queries/filters';
import { pipelineData } from '../src/queries/pipeline';
import { quadrantData } from '../src/queries/quadrant';
import { trendsData } from '../src/queries/trends';
import { DEFAULT_SWITCHES } from '../src/metrics';
import { arg, machine, quantile } from './lib/env';

const REGIONS = ['Europe', 'Americas', 'Africa and the Middle East', 'Asia and the Pacific'];

/** Park–Miller: the same facts on every run. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

function column(n: number, values: string[], pick: (i: number) => number): TextColumn {
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = pick(i);
  return { values, codes };
}

export function syntheticFacts(n: number, seed = 20261205): Facts {
  const r = rng(seed);
  const members = Array.from({ length: 120 }, (_, i) => `Member ${i}`);
  const memberOf = Int32Array.from({ length: n }, () => Math.floor(r() * members.length));
  const cycles = ['2012–2014', '2014–2016', '2016–2018', '2018–2020', '2020–2022', '2022–2024'];
  const cycleOf = Int32Array.from({ length: n }, () => Math.floor(r() * cycles.length));
  const plans = members.flatMap((m) => cycles.map((c) => `${m} ${c}`));
  const lists = ['Access to information', 'Civic participation', 'Public accountability', ''];
  const measures = Object.fromEntries(
    FACT_MEASURES.map((m) => [m, Uint8Array.from({ length: n }, () => Math.floor(r() * 3))]),
  ) as Facts['measures'];
  const levels = Object.fromEntries(
    DIST_FIELD_IDS.map((f) => [
      f,
      column(n, ['a:1', 'a:2', 'a:3', 'state:missing'], () => Math.floor(r() * 4)),
    ]),
  ) as Facts['levels'];
  return {
    size: n,
    switches: DEFAULT_SWITCHES,
    text: {
      member: column(n, members, (i) => memberOf[i]!),
      region: column(n, REGIONS, (i) => memberOf[i]! % REGIONS.length),
      kind: column(n, ['national', 'local'], (i) => (memberOf[i]! % 7 === 0 ? 1 : 0)),
      era: column(n, ['pre2020', 'refresh'], (i) => (cycleOf[i]! >= 4 ? 1 : 0)),
      cycle: column(n, cycles, (i) => cycleOf[i]!),
      plan: column(n, plans, (i) => memberOf[i]! * cycles.length + cycleOf[i]!),
    },
    year: Int32Array.from({ length: n }, (_, i) => 2012 + 2 * cycleOf[i]!),
    values: column(n, lists, () => Math.floor(r() * lists.length)),
    policyAreas: column(n, lists, () => Math.floor(r() * lists.length)),
    measures,
    levels,
  };
}

const VIEWS: Record<string, (f: Facts, filters: Filters) => unknown> = {
  heatmap: (f, filters) => heatmapData(f, { measure: 'high_completion', filters }),
  distribution: (f, filters) => distributionData(f, { field: DIST_FIELD_IDS[0]!, filters }),
  quadrant: (f, filters) => quadrantData(f, { filters, unit: 'member' }),
  pipeline: (f, filters) => pipelineData(f, { filters }),
  trends: (f, filters) =>
    trendsData(f, {
      measure: 'high_completion',
      filters: { ...filters, members: ['Member 1', 'Member 2', 'Member 3'] },
    }),
};

const sizes = (arg('rows') ?? '10000,100000,1000000').split(',').map(Number);
const changes = Number(arg('changes') ?? 30);
const m = machine();
console.log(`fact cube, ${changes} filter changes per view; ${m.cpu}, ${m.cores} cores`);
const table: Record<string, string[]> = {};
const opening: Record<string, string[]> = {};
for (const n of sizes) {
  const facts = syntheticFacts(n);
  for (const [name, run] of Object.entries(VIEWS)) {
    const times: number[] = [];
    // The first state also builds the view's grouping and cells, once per dataset and view.
    const t0 = performance.now();
    run(facts, {});
    (opening[name] ??= []).push(String(Math.round(performance.now() - t0)));
    for (let i = 0; i < changes; i++) {
      const on = i % 2 === 0;
      const region = REGIONS[Math.floor(i / 2) % REGIONS.length]!;
      const t0 = performance.now();
      run(facts, on ? { regions: [region], yearFrom: 2014 } : { yearFrom: 2014 });
      times.push(performance.now() - t0);
    }
    (table[name] ??= []).push(`${quantile(times, 0.5)} / ${quantile(times, 0.95)}`);
  }
}
console.log(`\n| view | ${sizes.map((n) => `${n} rows p50 / p95 ms`).join(' | ')} |`);
console.log(`|---|${sizes.map(() => '---').join('|')}|`);
for (const [name, cells] of Object.entries(table))
  console.log(`| ${name} | ${cells.join(' | ')} |`);
console.log(
  `\nA view's first state, grouping and cells built (ms)\n| view | ${sizes.join(' | ')} |`,
);
console.log(`|---|${sizes.map(() => '---').join('|')}|`);
for (const [name, cells] of Object.entries(opening))
  console.log(`| ${name} | ${cells.join(' | ')} |`);
