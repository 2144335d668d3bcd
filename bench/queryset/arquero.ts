/**
 * The query set in Arquero (the JS engine a user would pick instead of DuckDB): the facts as an
 * Arquero table built once (not timed), then per query the reference filter, the selection
 * filter, and one groupby/rollup per cube set.
 */
import * as aq from 'arquero';
import { strings, type FactsData } from './data';
import { answerKey, column, FILTERS, QUERY_SET, type Answer, type BenchFilters } from './spec';

type Table = ReturnType<typeof aq.table>;

/** The Arquero table: text columns as strings (null for NULL), year and measures as numbers. */
export function arqueroTable(f: FactsData): Table {
  const cols: Record<string, unknown> = {};
  for (const name of Object.keys(f.int32)) {
    if (name === 'values' || name === 'policyAreas') continue;
    cols[name] = name === 'year' ? f.int32.year : strings(f, name);
  }
  for (const [name, a] of Object.entries(f.uint8)) cols[name] = a;
  return aq.table(cols as Parameters<typeof aq.table>[0]);
}

export function arqueroQuerySet(t: Table, filters: BenchFilters = FILTERS): Answer {
  const out: Answer = new Map();
  const ref = t
    .params({ yearFrom: filters.yearFrom })
    .filter('(d, $) => d.year !== 0 && d.year >= $.yearFrom');
  const sel = ref
    .params({ regions: filters.regions })
    .filter('(d, $) => op.includes($.regions, d.region)');
  QUERY_SET.forEach((q, qi) => {
    const rollup: Record<string, string> = { n: 'd => op.count()' };
    q.measures.forEach((m, j) => {
      rollup[`y${j}`] = `d => op.sum(d["m_${m}"] === 1 ? 1 : 0)`;
      rollup[`r${j}`] = `d => op.sum(d["m_${m}"] < 2 ? 1 : 0)`;
    });
    q.sets.forEach((set, si) => {
      const base = set.scope === 'selection' ? sel : ref;
      const cols = set.keys.map((k) => column(k, q));
      const grouped = cols.length ? base.groupby(cols).rollup(rollup) : base.rollup(rollup);
      const n = grouped.numRows();
      const get = (c: string) => grouped.array(c) as ArrayLike<unknown>;
      const keyCols = cols.map(get);
      const counts = [
        'n',
        ...q.measures.map((_, j) => `y${j}`),
        ...q.measures.map((_, j) => `r${j}`),
      ].map(get);
      for (let r = 0; r < n; r++) {
        out.set(
          answerKey(
            qi,
            si,
            set.keys,
            keyCols.map((c) => c[r]),
          ),
          counts.map((c) => Number(c[r] ?? 0)),
        );
      }
    });
  });
  return out;
}
