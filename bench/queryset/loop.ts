/**
 * The query set as hand-written typed-array loops (the practical limit in JS): masks from the
 * filters, then one pass per cube set over the rows that pass, group ids by mixed radix over the
 * dictionary codes, counts in typed arrays.
 */
import type { FactsData } from './data';
import { answerKey, column, FILTERS, QUERY_SET, type Answer, type BenchFilters } from './spec';

function masks(f: FactsData, filters: BenchFilters) {
  const year = f.int32.year!;
  const region = f.int32.region!;
  const wanted = new Set(filters.regions.map((r) => (f.dicts.region ?? []).indexOf(r)));
  const ref: number[] = [];
  for (let i = 0; i < f.rows; i++) {
    const y = year[i]!;
    if (y !== 0 && y >= filters.yearFrom) ref.push(i);
  }
  const refRows = Int32Array.from(ref);
  const selRows = refRows.filter((i) => wanted.has(region[i]!));
  return { refRows, selRows };
}

export function loopQuerySet(f: FactsData, filters: BenchFilters = FILTERS): Answer {
  const out: Answer = new Map();
  const { refRows, selRows } = masks(f, filters);
  QUERY_SET.forEach((q, qi) => {
    const ms = q.measures.map((m) => f.uint8[`m_${m}`]!);
    const width = 1 + 2 * ms.length;
    q.sets.forEach((set, si) => {
      const rows = set.scope === 'selection' ? selRows : refRows;
      const cols = set.keys.map((k) => f.int32[column(k, q)]!);
      const radix = set.keys.map((k) =>
        k === 'year' ? 4096 : (f.dicts[column(k, q)]?.length ?? 0) + 1,
      );
      const slot = new Map<number, number>();
      const firstRow: number[] = [];
      let acc = new Float64Array(width * 64);
      for (let r = 0; r < rows.length; r++) {
        const i = rows[r]!;
        let id = 0;
        for (let c = 0; c < cols.length; c++) id = id * radix[c]! + cols[c]![i]! + 1;
        let s = slot.get(id);
        if (s === undefined) {
          s = firstRow.push(i) - 1;
          slot.set(id, s);
          if ((s + 1) * width > acc.length) {
            const grown = new Float64Array(acc.length * 2);
            grown.set(acc);
            acc = grown;
          }
        }
        const base = s * width;
        acc[base]!++;
        for (let j = 0; j < ms.length; j++) {
          const v = ms[j]![i]!;
          if (v === 1) acc[base + 1 + j]!++;
          if (v < 2) acc[base + 1 + ms.length + j]!++;
        }
      }
      if (set.keys.length === 0 && firstRow.length === 0) firstRow.push(-1);
      firstRow.forEach((i, s) => {
        const values = set.keys.map((k, c) => {
          if (i < 0) return null;
          const code = cols[c]![i]!;
          if (k === 'year') return code;
          return code < 0 ? null : (f.dicts[column(k, q)]?.[code] ?? null);
        });
        out.set(
          answerKey(qi, si, set.keys, values),
          Array.from(acc.subarray(s * width, (s + 1) * width)),
        );
      });
    });
  });
  return out;
}
