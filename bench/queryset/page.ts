/**
 * Bundled by bench/queryset.ts (esbuild) and run in one page: fetches the facts, builds each
 * engine's table once, then times the Compare query set in DuckDB-WASM, Arquero and the
 * typed-array loop, interleaved, and checks the three answers are identical.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { arqueroQuerySet, arqueroTable } from './arquero';
import { decodeFacts } from './data';
import { duckdbQuerySetOne, duckdbTable } from './duckdb';
import type { FactsMeta } from './facts-file';
import { loopQuerySet } from './loop';
import { diff, type Answer } from './spec';

export interface PageResult {
  rows: number;
  setup_ms: Record<string, number>;
  samples: Record<'duckdb' | 'arquero' | 'loop', number[]>;
  /** The untimed warm-up rounds' times, in order: how far each engine was from steady. */
  warmup: Record<'duckdb' | 'arquero' | 'loop', number[]>;
  groups: number;
  mismatches: string[];
}

async function run(opts: {
  rows: number;
  runs: number;
  warmups: number;
  worker: string;
  wasm: string;
}): Promise<PageResult> {
  const t0 = performance.now();
  const meta = (await (await fetch(`/__bench/facts-${opts.rows}.json`)).json()) as FactsMeta;
  const bin = await (await fetch(`/__bench/facts-${opts.rows}.bin`)).arrayBuffer();
  const facts = decodeFacts(meta, bin);
  const setup: Record<string, number> = { fetch: performance.now() - t0 };

  let t = performance.now();
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(opts.worker));
  await db.instantiate(opts.wasm);
  await db.open({});
  const conn = await db.connect();
  await duckdbTable(conn, facts);
  setup.duckdb = performance.now() - t;
  t = performance.now();
  const table = arqueroTable(facts);
  setup.arquero = performance.now() - t;

  const engines = {
    duckdb: () => duckdbQuerySetOne(conn),
    arquero: () => Promise.resolve(arqueroQuerySet(table)),
    loop: () => Promise.resolve(loopQuerySet(facts)),
  };
  const answers: Partial<Record<keyof typeof engines, Answer>> = {};
  const samples: PageResult['samples'] = { duckdb: [], arquero: [], loop: [] };
  const warmup: PageResult['warmup'] = { duckdb: [], arquero: [], loop: [] };
  for (let i = -Math.max(1, opts.warmups); i < opts.runs; i++) {
    for (const name of Object.keys(engines) as (keyof typeof engines)[]) {
      const s = performance.now();
      const answer = await engines[name]();
      const ms = performance.now() - s;
      answers[name] ??= answer; // the first warm-up's answer is the one compared
      (i < 0 ? warmup : samples)[name].push(ms);
    }
  }
  const mismatches: string[] = [];
  for (const other of ['arquero', 'loop'] as const) {
    const d = diff(answers.duckdb!, answers[other]!);
    if (d.length) mismatches.push(`duckdb vs ${other}: ${d.join('; ')}`);
  }
  await conn.close();
  await db.terminate();
  return {
    rows: opts.rows,
    setup_ms: setup,
    samples,
    warmup,
    groups: answers.duckdb!.size,
    mismatches,
  };
}

(globalThis as unknown as { runQuerySet: typeof run }).runQuerySet = run;
