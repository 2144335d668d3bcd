/**
 * The query set's input: the Facts the Compare view computes on (src/queries/facts.ts), for a
 * scale file, computed by the app's own loader and facts query in Node (blocking DuckDB-WASM),
 * and written once to bench/data/facts-<rows>.{json,bin} for the page to fetch.
 * Large files are loaded in slices of 100k rows (the same rows, one slice at a time: the
 * loader's JS normalisation holds every row of a file in memory), their facts concatenated.
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createNodeConnector } from '../../src/db/node-connector';
import { loadDataset } from '../../src/ingest';
import { DEFAULT_SWITCHES } from '../../src/metrics';
import { DIST_FIELD_IDS } from '../../src/queries/distribution-fields';
import { FACT_MEASURES, loadFacts, type Facts } from '../../src/queries/facts';
import { ensureScale, SCALE_DIR } from '../../scripts/generate-scale';

const SLICE = 100_000;
export const TEXT_KEYS = ['member', 'region', 'kind', 'era', 'cycle', 'plan'] as const;

/** Column layout of the .bin file: Int32 codes (text, lists, levels), Int32 year, Uint8 measures. */
export interface FactsMeta {
  rows: number;
  /** Dictionaries: text and level columns, and the "; "-joined lists (values, policy areas). */
  dicts: Record<string, string[]>;
  int32: string[];
  uint8: string[];
}

export const factsPaths = (rows: number) => ({
  meta: `${SCALE_DIR}facts-${rows}.json`,
  bin: `${SCALE_DIR}facts-${rows}.bin`,
});

async function* slices(file: string): AsyncGenerator<Uint8Array> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let header: string | null = null;
  let batch: string[] = [];
  for await (const line of lines) {
    if (header === null) header = line;
    else batch.push(line);
    if (batch.length === SLICE) {
      yield Buffer.from(`${header}\n${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) yield Buffer.from(`${header}\n${batch.join('\n')}\n`);
}

class Dict {
  values: string[] = [];
  index = new Map<string, number>();
  code(v: string | null): number {
    if (v === null) return -1;
    let c = this.index.get(v);
    if (c === undefined) this.index.set(v, (c = this.values.push(v) - 1));
    return c;
  }
}

/** Writes the facts file for `rows` rows (generating the scale CSV first when missing). */
export async function ensureFacts(rows: number, log = (s: string) => console.log(s)) {
  const paths = factsPaths(rows);
  if (existsSync(paths.meta) && existsSync(paths.bin)) return paths;
  const csv = ensureScale(rows);
  const conn = await createNodeConnector();
  const int32Names = [
    ...TEXT_KEYS,
    'year',
    'values',
    'policyAreas',
    ...DIST_FIELD_IDS.map((f) => `l_${f}`),
  ];
  const uint8Names = FACT_MEASURES.map((m) => `m_${m}`);
  const dicts = new Map(int32Names.filter((n) => n !== 'year').map((n) => [n, new Dict()]));
  const int32 = new Map(int32Names.map((n) => [n, new Int32Array(rows)]));
  const uint8 = new Map(uint8Names.map((n) => [n, new Uint8Array(rows)]));
  let at = 0;
  try {
    for await (const bytes of slices(csv)) {
      const t0 = performance.now();
      await loadDataset(
        conn,
        { commitments: [{ name: `scale-${rows}.csv`, bytes }] },
        { id: `scale-${rows}`, name: 'scale', simulated: true, asOf: '2026-11-23' },
      );
      const f: Facts = await loadFacts(conn, DEFAULT_SWITCHES);
      const put = (name: string, col: { values: string[]; codes: Int32Array }) => {
        const d = dicts.get(name)!;
        const out = int32.get(name)!;
        const map = col.values.map((v) => d.code(v));
        for (let i = 0; i < f.size; i++) out[at + i] = col.codes[i]! < 0 ? -1 : map[col.codes[i]!]!;
      };
      for (const k of TEXT_KEYS) put(k, f.text[k]);
      for (const l of DIST_FIELD_IDS) put(`l_${l}`, f.levels[l]);
      int32.get('year')!.set(f.year, at);
      put('values', f.values);
      put('policyAreas', f.policyAreas);
      for (const m of FACT_MEASURES) uint8.get(`m_${m}`)!.set(f.measures[m], at);
      at += f.size;
      log(`facts ${at}/${rows} (${Math.round(performance.now() - t0)} ms for the slice)`);
    }
  } finally {
    await conn.close();
  }
  if (at !== rows) throw new Error(`facts: expected ${rows} rows, loaded ${at}`);
  const meta: FactsMeta = {
    rows,
    dicts: Object.fromEntries([...dicts].map(([k, d]) => [k, d.values])),
    int32: int32Names,
    uint8: uint8Names,
  };
  writeFileSync(paths.meta, JSON.stringify(meta));
  writeFileSync(
    paths.bin,
    Buffer.concat([
      ...[...int32.values()].map((a) => Buffer.from(a.buffer)),
      ...[...uint8.values()].map((a) => Buffer.from(a.buffer)),
    ]),
  );
  return paths;
}
