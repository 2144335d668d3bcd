/**
 * Loader fuzz: `npm run fuzz -- --cases N [--seed S] [--case I] [--timeout MS] [--out DIR]`.
 *
 * Runs N generated files (test/fuzz/generators.ts) through loadDataset on one Node DuckDB
 * connector and checks the loader's invariant on each: either a FileReadError /
 * UnmappedHeadersError with a message, leaving the previous tables exactly as they were, or a
 * report where rows.read = loaded + rejected + skipped, rows.read is the file's true number of
 * data records (when the generator knows it) and `SELECT count(*) FROM commitments` = loaded.
 *
 * - crash: any other exception, a hang, an uncaught asynchronous error, or a broken invariant
 *   (accounting that does not add up, rows that are not in the file, tables changed by a load
 *   that failed);
 * - row lost: a data record neither loaded, rejected nor skipped, or loaded under another
 *   record's identifier.
 *
 * The cases run in a worker thread that owns the connector; this thread is the watchdog. A case
 * that outlives --timeout while its event loop is free is a hang (reported by the worker); one
 * that blocks the worker's thread is ended by terminating the worker. If the worker was inside
 * DuckDB then, the run is aborted (the database cannot be trusted); if it was in JavaScript, the
 * case is a crash and a fresh worker continues with the next case.
 *
 * Ends with the line `fuzz: N cases, C crashes, L rows lost`, then the first failures with the
 * command that replays each one and the path of its files. Exit code 1 if C > 0 or L > 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import type { Connector } from '../src/db/connector';
import { createNodeConnector } from '../src/db/node-connector';
import { FileReadError, UnmappedHeadersError, loadDataset } from '../src/ingest';
import { FULL, buildCase, caseSpecArb, type FuzzCase } from '../test/fuzz/generators';

// ---------------------------------------------------------------------------------------------
// The oracle (also used by test/fuzz/fuzz.test.ts)

export interface Verdict {
  outcome: 'loaded' | 'refused' | 'unmapped' | 'crash';
  /** Why the case counts as a crash; null when it does not. */
  crash: string | null;
  /** Data records neither loaded, rejected nor skipped, or loaded as another record. */
  lost: number;
  /** Loaded rows whose title differs from the file's. */
  altered: number;
  /** The message of a refused file. */
  message: string | null;
  /** Worth reading, not failures: a well-formed file refused, a malformed file loaded, … */
  notes: string[];
  report: { read: number; loaded: number; rejected: number; skipped: number } | null;
}

export const AS_OF = '2026-01-15';

const FINGERPRINT_SQL = `SELECT
  (SELECT count(*) FROM commitments)::INTEGER AS commitments,
  (SELECT md5(coalesce(string_agg(commitment_id, chr(31) ORDER BY commitment_id), '')) FROM commitments) AS ids,
  (SELECT string_agg(id, ',') FROM datasets) AS dataset,
  (SELECT count(*) FROM load_issues)::INTEGER AS issues,
  (SELECT count(*) FROM members)::INTEGER AS members,
  (SELECT count(*) FROM action_plans)::INTEGER AS plans`;

async function fingerprint(conn: Connector): Promise<string> {
  return JSON.stringify(await conn.query(FINGERPRINT_SQL));
}

/** Loads one small file so every table exists and "unchanged after a failure" can be checked. */
export async function loadBaseline(conn: Connector): Promise<void> {
  const text = 'commitment_id,member,title\nBASE-1,Colombia,Baseline\nBASE-2,France,Baseline\n';
  await loadDataset(
    conn,
    { commitments: [{ name: 'baseline.csv', bytes: new TextEncoder().encode(text) }] },
    { id: 'baseline', name: 'baseline', simulated: false, asOf: AS_OF },
  );
}

class Hang extends Error {}

function firstLine(text: string, max = 300): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function describeError(e: unknown): string {
  if (!(e instanceof Error)) return `non-Error thrown: ${firstLine(String(e))}`;
  const frame = e.stack
    ?.split('\n')
    .slice(1)
    .find((l) => /src\/|node_modules\//.test(l))
    ?.trim();
  return `${e.name}: ${firstLine(e.message)}${frame ? ` (${frame})` : ''}`;
}

/** A refusal message that says nothing a user could act on, or leaks an internal. */
export function vagueMessage(message: string): string | null {
  // A library's own words in a closing parenthesis may say "undefined"; the reason before is ours.
  const ours = message.replace(/"[^"]*"/g, '""').replace(/\s\(.*$/, '');
  if (/\bundefined\b|\[object |\bNaN\b/.test(ours)) return 'prints a JS placeholder';
  if (
    /state machine|Invalid Input Error|Possible (fixes|Solution)|CSV Error on Line/i.test(message)
  )
    return "repeats DuckDB's internal message";
  if (/:\s*$/.test(message)) return 'ends without a reason';
  return null;
}

/** Runs one case through loadDataset and checks the invariant; throws only if the database cannot be queried at all. */
export async function checkCase(
  conn: Connector,
  c: FuzzCase,
  opts: { datasetId: string; timeoutMs: number },
): Promise<Verdict> {
  const v: Verdict = {
    outcome: 'crash',
    crash: null,
    lost: 0,
    altered: 0,
    message: null,
    notes: [],
    report: null,
  };
  let before: string;
  try {
    before = await fingerprint(conn);
  } catch {
    await loadBaseline(conn);
    before = await fingerprint(conn);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const report = await Promise.race([
      loadDataset(
        conn,
        { commitments: c.files },
        { id: opts.datasetId, name: c.kind, simulated: false, asOf: AS_OF },
      ),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Hang()), opts.timeoutMs);
      }),
    ]);
    v.report = { ...report.rows };
    v.outcome = 'loaded';
    await checkReport(conn, c, opts.datasetId, v);
  } catch (e) {
    if (e instanceof Hang) {
      v.crash = `hang: loadDataset did not settle within ${opts.timeoutMs} ms`;
    } else if (e instanceof FileReadError || e instanceof UnmappedHeadersError) {
      v.outcome = e instanceof FileReadError ? 'refused' : 'unmapped';
      v.message = e.message;
      if (e.message.trim() === '' || (e instanceof FileReadError && e.detail.trim() === ''))
        v.crash = `${e.name} without a message`;
      if (e instanceof UnmappedHeadersError) {
        const bad = Object.entries(e.suggestions).find(
          ([, s]) => s !== null && typeof s !== 'string',
        );
        if (bad) v.notes.push(`mapping suggestion for "${bad[0]}" is a ${typeof bad[1]}`);
      }
      const vague = vagueMessage(e.message);
      if (vague) v.notes.push(`vague message (${vague}): ${firstLine(e.message, 200)}`);
      if (c.expect === 'load')
        v.notes.push(`well-formed file refused: ${firstLine(e.message, 200)}`);
      let after: string | null = null;
      try {
        after = await fingerprint(conn);
      } catch (f) {
        v.crash = `tables damaged by a refused load: ${describeError(f)}`;
      }
      if (after !== null && after !== before)
        v.crash = `a refused load changed the tables: ${before} → ${after}`;
    } else {
      v.crash = describeError(e);
    }
  } finally {
    clearTimeout(timer);
  }
  if (v.crash !== null) v.outcome = 'crash';
  return v;
}

async function checkReport(
  conn: Connector,
  c: FuzzCase,
  datasetId: string,
  v: Verdict,
): Promise<void> {
  const r = v.report!;
  const fail = (why: string) => {
    v.crash ??= why;
  };
  if (r.read !== r.loaded + r.rejected + r.skipped)
    fail(
      `accounting: read ${r.read} ≠ ${r.loaded} loaded + ${r.rejected} rejected + ${r.skipped} skipped`,
    );
  const [count] = await conn.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM commitments');
  if (count?.n !== r.loaded)
    fail(`commitments holds ${count?.n} rows, the report says ${r.loaded}`);
  const [dataset] = await conn.query('SELECT id, rows_read, rows_loaded FROM datasets');
  if (dataset?.id !== datasetId || dataset.rows_read !== r.read || dataset.rows_loaded !== r.loaded)
    fail(`datasets row disagrees with the report: ${JSON.stringify(dataset)}`);
  if (c.records !== null) {
    if (r.read < c.records) v.lost += c.records - r.read;
    if (r.read > c.records) fail(`read ${r.read} rows from a file of ${c.records} data records`);
  }
  if (c.expect === 'fail') v.notes.push('malformed file loaded');
  // Values the loader derives must have their documented shape whatever the cell held.
  const [shape] = await conn.query<{ kind: string | null; date: string | null }>(
    `SELECT any_value(kind) FILTER (WHERE kind NOT IN ('national', 'local', 'other')) AS kind,
            any_value(CASE WHEN regexp_full_match(coalesce(start_date, '2000-01'), '\\d{4}-\\d{2}(-\\d{2})?') THEN end_date ELSE start_date END) FILTER (WHERE NOT regexp_full_match(coalesce(start_date, '2000-01'), '\\d{4}-\\d{2}(-\\d{2})?') OR NOT regexp_full_match(coalesce(end_date, '2000-01'), '\\d{4}-\\d{2}(-\\d{2})?')) AS date
     FROM commitments`,
  );
  if (shape?.kind) v.notes.push(`kind stored as ${JSON.stringify(shape.kind)}`);
  if (shape?.date) v.notes.push(`date stored as ${JSON.stringify(shape.date)}`);
  if (Object.keys(c.rows).length === 0) return;
  const rows = await conn.query<{
    source_file: string;
    source_row: number;
    commitment_id: string;
    title: string | null;
  }>('SELECT source_file, source_row, commitment_id, title FROM commitments');
  for (const row of rows) {
    const expected = c.rows[row.source_file];
    if (!expected) continue;
    const e = expected[row.source_row - 1];
    if (!e) {
      fail(`${row.source_file} row ${row.source_row} loaded, but the file has ${expected.length}`);
      continue;
    }
    if (e.id !== null && e.id !== row.commitment_id) {
      v.lost++;
      v.notes.push(
        `${row.source_file} row ${row.source_row}: id ${JSON.stringify(e.id)} loaded as ${JSON.stringify(row.commitment_id)}`.slice(
          0,
          300,
        ),
      );
    }
    if (e.title !== undefined && e.title !== row.title) {
      v.altered++;
      if (v.altered === 1)
        v.notes.push(
          `${row.source_file} row ${row.source_row}: title ${JSON.stringify(e.title)} loaded as ${JSON.stringify(row.title)}`.slice(
            0,
            300,
          ),
        );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Case generation

/** The seed of case i of a run: cases are independent, so any one replays alone. */
export function caseSeed(seed: number, i: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(i + 1, 0x85ebca6b)) | 0;
}

const ARB = caseSpecArb(FULL);

export async function generateCase(seed: number, i: number): Promise<FuzzCase> {
  const [spec] = fc.sample(ARB, { seed: caseSeed(seed, i), numRuns: 1 });
  return buildCase(spec!);
}

// ---------------------------------------------------------------------------------------------
// Worker: owns the connector, runs cases [from, to)

interface WorkerInput {
  irmFuzz: true;
  seed: number;
  from: number;
  to: number;
  timeoutMs: number;
  outDir: string;
  /** Save every case's files, not only the failing ones (--case). */
  saveAll: boolean;
}

type Phase = 'duckdb' | 'js';

type FromWorker =
  | { type: 'ready' }
  | { type: 'start'; i: number }
  | { type: 'phase'; phase: Phase }
  | { type: 'case'; i: number; kind: string }
  | { type: 'generator-error'; i: number; what: string }
  | {
      type: 'result';
      i: number;
      kind: string;
      verdict: Verdict;
      ms: number;
      saved: string | null;
      expect: string;
    }
  | { type: 'done' };

/** The connector, telling the watchdog whether a call is inside DuckDB. */
function tracked(conn: Connector, onPhase: (p: Phase) => void): Connector {
  const wrap =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      onPhase('duckdb');
      try {
        return await f(...args);
      } finally {
        onPhase('js');
      }
    };
  return {
    query: wrap(conn.query.bind(conn)) as Connector['query'],
    queryColumns: wrap(conn.queryColumns.bind(conn)),
    exec: wrap(conn.exec.bind(conn)),
    connect: wrap(conn.connect.bind(conn)),
    registerFile: wrap(conn.registerFile.bind(conn)),
    dropFile: wrap(conn.dropFile.bind(conn)),
    insertColumns: wrap(conn.insertColumns.bind(conn)),
    insertArrowIPC: wrap(conn.insertArrowIPC.bind(conn)),
    close: wrap(conn.close.bind(conn)),
  };
}

function saveCase(outDir: string, seed: number, i: number, c: FuzzCase): string {
  const dir = join(outDir, `seed-${seed}-case-${i}`);
  mkdirSync(dir, { recursive: true });
  c.files.forEach((f, k) =>
    writeFileSync(join(dir, `${k}-${f.name.replace(/[/\\]/g, '_')}`), f.bytes),
  );
  return dir;
}

async function workerMain(input: WorkerInput): Promise<void> {
  const port = parentPort!;
  const post = (m: FromWorker) => port.postMessage(m);
  let asyncError: unknown = null;
  process.on('uncaughtException', (e) => (asyncError ??= e));
  process.on('unhandledRejection', (e) => (asyncError ??= e));
  const conn = tracked(await createNodeConnector(), (phase) => post({ type: 'phase', phase }));
  await loadBaseline(conn);
  post({ type: 'ready' });
  for (let i = input.from; i < input.to; i++) {
    post({ type: 'start', i });
    let c: FuzzCase;
    try {
      c = await generateCase(input.seed, i);
    } catch (e) {
      post({ type: 'generator-error', i, what: describeError(e) });
      continue;
    }
    post({ type: 'case', i, kind: c.kind });
    const t0 = performance.now();
    const verdict = await checkCase(conn, c, {
      datasetId: `fuzz-${i}`,
      timeoutMs: input.timeoutMs,
    });
    const ms = performance.now() - t0;
    // Let errors thrown from stray callbacks surface before the verdict is sent.
    await new Promise((r) => setImmediate(r));
    if (asyncError !== null) {
      verdict.crash ??= `uncaught asynchronous error: ${describeError(asyncError)}`;
      verdict.outcome = 'crash';
      asyncError = null;
    }
    const failed = verdict.crash !== null || verdict.lost > 0;
    const saved = failed || input.saveAll ? saveCase(input.outDir, input.seed, i, c) : null;
    post({ type: 'result', i, kind: c.kind, verdict, ms, saved, expect: c.expect });
  }
  post({ type: 'done' });
}

// ---------------------------------------------------------------------------------------------
// Main thread: watchdog, tallies, report

interface Args {
  cases: number;
  seed: number;
  only: number | null;
  timeoutMs: number;
  outDir: string;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const int = (flag: string, fallback: number): number => {
    const raw = value(flag);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n)) throw new Error(`${flag} needs a whole number, got ${raw}`);
    return n;
  };
  const only = value('--case');
  return {
    cases: int('--cases', 1000),
    seed: int('--seed', Math.floor(Math.random() * 2 ** 31)),
    only: only === undefined ? null : int('--case', 0),
    timeoutMs: int('--timeout', 10_000),
    outDir: value('--out') ?? join(tmpdir(), 'irm-fuzz'),
  };
}

interface Failure {
  i: number;
  kind: string;
  what: string;
  saved: string | null;
}

class Tally {
  cases = 0;
  crashes = 0;
  lost = 0;
  altered = 0;
  alteredCases = 0;
  outcomes: Record<Verdict['outcome'], number> = { loaded: 0, refused: 0, unmapped: 0, crash: 0 };
  byKind = new Map<string, Record<Verdict['outcome'], number>>();
  messages = new Map<string, number>();
  notes = new Map<
    string,
    { count: number; example: string; i: number; families: Map<string, number> }
  >();
  failures: Failure[] = [];
  /** Bugs of the generators, not of the loader: reported, and they fail the run. */
  generatorErrors: string[] = [];
  slowest: { i: number; kind: string; ms: number } = { i: -1, kind: '', ms: 0 };

  add(i: number, kind: string, v: Verdict, ms: number, saved: string | null): void {
    this.cases++;
    this.outcomes[v.outcome]++;
    const family = kind.replace(/^pair\(.*\)$/, 'pair');
    const k = this.byKind.get(family) ?? { loaded: 0, refused: 0, unmapped: 0, crash: 0 };
    k[v.outcome]++;
    this.byKind.set(family, k);
    if (v.message !== null) {
      const shape = firstLine(v.message, 110)
        .replace(/\b(b-|a-)?(fuzz|junk)(\.\w+)?\b/g, 'FILE')
        .replace(/\d+/g, 'N')
        .replace(/\(the line starts: .*$/, '(the line starts: …)')
        .replace(/holds ".*" but/, 'holds … but')
        .replace(/found an object with keys .*/, 'found an object with keys …')
        .replace(/\((.*)\)$/, (m, inner: string) => (inner.length > 40 ? '(…)' : m));
      this.messages.set(shape, (this.messages.get(shape) ?? 0) + 1);
    }
    for (const note of v.notes) {
      const key = note.replace(/:.*$/, '').replace(/\brow \d+/, 'row N');
      const entry = this.notes.get(key) ?? { count: 0, example: note, i, families: new Map() };
      entry.count++;
      entry.families.set(family, (entry.families.get(family) ?? 0) + 1);
      this.notes.set(key, entry);
    }
    if (v.altered > 0) {
      this.altered += v.altered;
      this.alteredCases++;
    }
    if (ms > this.slowest.ms) this.slowest = { i, kind, ms };
    if (v.crash !== null) this.crashes++;
    this.lost += v.lost;
    if (v.crash !== null || v.lost > 0) {
      const what = v.crash ?? `${v.lost} row(s) lost; ${v.notes.join('; ')}`;
      this.failures.push({ i, kind, what, saved });
    }
  }

  crash(i: number, kind: string, what: string): void {
    this.cases++;
    this.crashes++;
    this.outcomes.crash++;
    this.failures.push({ i, kind, what, saved: null });
  }
}

function spawnWorker(input: WorkerInput): Worker {
  // tsx's loader is not inherited by worker threads: load this file through its API.
  const api = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  const code = `import { tsImport } from ${JSON.stringify(api)};\nawait tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), {
    workerData: input,
  });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const from = args.only ?? 0;
  const to = args.only === null ? args.cases : args.only + 1;
  const total = to - from;
  const tally = new Tally();
  const started = performance.now();
  const hardTimeoutMs = args.timeoutMs + 10_000;
  console.log(
    `fuzz: seed ${args.seed}, cases ${from}..${to - 1}, timeout ${args.timeoutMs} ms, failing files under ${args.outDir}`,
  );

  let next = from;
  let aborted: string | null = null;
  while (next < to && aborted === null) {
    next = await new Promise<number>((resolve) => {
      const worker = spawnWorker({
        irmFuzz: true,
        seed: args.seed,
        from: next,
        to,
        timeoutMs: args.timeoutMs,
        outDir: args.outDir,
        saveAll: args.only !== null,
      });
      let current = next;
      let kind = '(generating)';
      let phase: Phase = 'js';
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      const finish = (resume: number) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        resolve(resume);
      };
      const arm = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const where = phase === 'duckdb' ? 'inside DuckDB' : 'in JavaScript';
          tally.crash(current, kind, `hang: no answer within ${ms} ms, blocked ${where}`);
          if (phase === 'duckdb') aborted = `case ${current} blocked DuckDB; the run cannot go on`;
          else console.log(`case ${current} (${kind}) blocked the worker; restarting it`);
          finish(current + 1);
        }, ms);
      };
      arm(120_000); // start-up
      worker.on('message', (m: FromWorker) => {
        switch (m.type) {
          case 'ready':
            break;
          case 'start':
            current = m.i;
            kind = '(generating)';
            arm(hardTimeoutMs);
            break;
          case 'phase':
            phase = m.phase;
            break;
          case 'case':
            kind = m.kind;
            break;
          case 'generator-error':
            tally.generatorErrors.push(`case ${m.i}: ${m.what}`);
            break;
          case 'result': {
            tally.add(m.i, m.kind, m.verdict, m.ms, m.saved);
            const done = tally.cases;
            if (done % 1000 === 0 || args.only !== null) {
              const s = ((performance.now() - started) / 1000).toFixed(0);
              console.log(
                `fuzz: progress ${done}/${total} cases, ${tally.crashes} crashes, ${tally.lost} rows lost (${s} s)`,
              );
            }
            if (args.only !== null) console.log(`files: ${m.saved}`);
            if (args.only !== null)
              console.log(
                JSON.stringify({ kind: m.kind, expect: m.expect, ...m.verdict }, null, 2),
              );
            break;
          }
          case 'done':
            finish(to);
            break;
        }
      });
      worker.on('error', (e) => {
        tally.crash(current, kind, `worker died: ${describeError(e)}`);
        finish(current + 1);
      });
      worker.on('exit', (code) => {
        if (!settled) tally.crash(current, kind, `worker exited with code ${code}`);
        finish(current + 1);
      });
    });
  }

  const seconds = (performance.now() - started) / 1000;
  report(tally, args, seconds, aborted);
  return tally.crashes > 0 || tally.lost > 0 || tally.generatorErrors.length > 0 ? 1 : 0;
}

function report(t: Tally, args: Args, seconds: number, aborted: string | null): void {
  const out = (s = '') => console.log(s);
  out();
  out('by family (loaded / refused / unmapped / crash):');
  for (const [kind, k] of [...t.byKind].sort(([a], [b]) => a.localeCompare(b)))
    out(
      `  ${kind.padEnd(34)} ${String(k.loaded).padStart(5)} ${String(k.refused).padStart(5)} ${String(k.unmapped).padStart(5)} ${String(k.crash).padStart(5)}`,
    );
  out();
  out('most common refusal messages:');
  for (const [m, n] of [...t.messages].sort((a, b) => b[1] - a[1]).slice(0, 25))
    out(`  ${String(n).padStart(5)}× ${m}`);
  out();
  out('notes (not failures):');
  if (t.notes.size === 0) out('  none');
  for (const [key, { count, example, i, families }] of [...t.notes].sort(
    (a, b) => b[1].count - a[1].count,
  )) {
    const where = [...families]
      .sort((a, b) => b[1] - a[1])
      .map(([f, n]) => `${f} ${n}`)
      .join(', ');
    out(`  ${String(count).padStart(5)}× ${key} (${where})`);
    out(`         e.g. case ${i}: ${example.slice(0, 200)}`);
  }
  out(`  titles altered: ${t.altered} row(s) in ${t.alteredCases} case(s)`);
  out();
  out(
    `outcomes: ${t.outcomes.loaded} loaded, ${t.outcomes.refused} refused (FileReadError), ${t.outcomes.unmapped} unmapped (UnmappedHeadersError), ${t.outcomes.crash} crashed`,
  );
  out(
    `time: ${seconds.toFixed(0)} s (${((seconds * 1000) / Math.max(1, t.cases)).toFixed(0)} ms/case; slowest case ${t.slowest.i} ${t.slowest.kind} ${t.slowest.ms.toFixed(0)} ms)`,
  );
  if (aborted) out(`ABORTED: ${aborted}`);
  for (const g of t.generatorErrors.slice(0, 5))
    out(`generator error (not a loader failure): ${g}`);
  out(`fuzz: ${t.cases} cases, ${t.crashes} crashes, ${t.lost} rows lost`);
  if (t.failures.length > 0) {
    out(`first failures (of ${t.failures.length}):`);
    for (const f of t.failures.slice(0, 8)) {
      out(`  case ${f.i} [${f.kind}]: ${f.what}`);
      out(
        `    replay: npm run fuzz -- --seed ${args.seed} --case ${f.i}${f.saved ? `   files: ${f.saved}` : ''}`,
      );
    }
  }
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.irmFuzz === true) {
  await workerMain(workerData as WorkerInput);
} else if (
  isMainThread &&
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  process.exitCode = await main();
}
