import type { ColumnSpec, Connector } from '../db/connector';
import { COMMITMENT_COLUMNS, CommitmentColumns } from './commitment-record';
import type {
  ColumnMapping,
  DatasetInfo,
  LoadIssue,
  LoadReport,
  RowAccounting,
} from './load-types';
import { normaliseActionPlans, type ActionPlanRecord } from './normalise-action-plans';
import { normaliseCommitments } from './normalise-commitments';
import { FileReadError, type InputFile } from './raw-table';
import { withFraction } from './progress';
import { loadCuts, type CutRunner, type ParallelLoading } from './parallel-load';
import { openFile, readFile } from './read-file';
import { addRows } from './row-accounting';
import { StagingTable } from './staging-table';
import { columnsRead, resolveColumns } from './resolve-columns';
import { throwIfCancelled } from './load-cancelled';
import { SimulatedRows } from './simulated-marker';
import { ACTION_PLAN_FACT_COLUMNS, DERIVED_TABLES_SQL, LOAD_ISSUE_COLUMNS } from './table-ddl';

export interface LoadOptions {
  id: string;
  name: string;
  simulated: boolean;
  /** YYYY-MM-DD: the date that decides "pending IRM review". */
  asOf: string;
  mapping?: ColumnMapping;
  onProgress?: (stage: string) => void;
  /** Large CSV/TSV files are read by workers (the app's); without it, on this thread. */
  parallel?: ParallelLoading;
  /**
   * Aborting it cancels the load (LoadCancelled) until the new tables are swapped in; after
   * that the load, a few small inserts from done, finishes.
   */
  signal?: AbortSignal;
}

export interface LoadInput {
  commitments: InputFile[];
  actionPlans?: InputFile[];
}

/**
 * Streams each commitments file through the normaliser a batch at a time into a staging table;
 * only when every file could be read are the canonical tables replaced, so a file that cannot
 * be read (even at its last line) leaves nothing half-loaded.
 */
export async function loadDataset(
  conn: Connector,
  input: LoadInput,
  opts: LoadOptions,
): Promise<LoadReport> {
  const progress = opts.onProgress ?? (() => {});
  const issues: LoadIssue[] = [];
  const rows: RowAccounting = { read: 0, loaded: 0, rejected: 0, skipped: 0 };
  const seen = new Map<string, { file: string; row: number }>();
  let layout: DatasetInfo['layout'] = 'ogp_export';
  const staging = new StagingTable(conn, 'commitments', COMMITMENT_COLUMNS);
  let inserting: Promise<void> = Promise.resolve();
  let simulatedRows = 0;
  let runner: CutRunner | null = null;

  try {
    for (const file of input.commitments) {
      throwIfCancelled(opts.signal);
      progress(`Loading ${file.name}`);
      const source = await openFile(file);
      const cols = resolveColumns(source, opts.mapping);
      layout = cols.layout;
      if (cols.unused.length > 0) {
        issues.push({
          file: file.name,
          row: null,
          column: null,
          value: null,
          severity: 'info',
          message: `${cols.unused.length} column(s) not used by IRM Atlas (left as they are in the file): ${cols.unused.join(', ')}`,
        });
      }
      // Where the file's notes end: what its rows say about simulation is known only at its end.
      const fileNotesEnd = issues.length;
      progress(`Normalising ${file.name}`);
      // One insert in flight: DuckDB stores a batch in its worker while the next is read.
      const store = async (insert: () => Promise<void>, row: number) => {
        await inserting;
        inserting = insert().catch((e: unknown) => Promise.reject(outOfMemory(e, file.name, row)));
        inserting.catch(() => {}); // awaited at the next batch or below; not unhandled meanwhile
      };
      const marked = new SimulatedRows();
      const parallel = opts.parallel;
      if (source.delimiter && parallel && file.bytes.length >= parallel.minBytes) {
        runner ??= parallel.open();
        const state = {
          file,
          headers: source.headers,
          delimiter: source.delimiter,
          cols,
          datasetId: opts.id,
          asOf: opts.asOf,
          signal: opts.signal,
          seen,
          issues,
          rows,
          marked,
          append: (ipc: Uint8Array, n: number, row: number) =>
            store(() => staging.appendIPC(ipc, n), row),
          progress: (done: number) =>
            progress(withFraction(`Normalising ${file.name}`, done, source.bytes, rows.read)),
        };
        await loadCuts(state, runner, parallel.maxRows);
      } else {
        const pending = new CommitmentColumns(INSERT_ROWS);
        let firstPending = 1;
        for (const batch of source.batches(columnsRead(cols, source.headers.length))) {
          if (cols.status !== undefined) marked.add(batch.rows, cols.status, batch.firstRow);
          const table = { ...source, rows: batch.rows };
          const ctx = { datasetId: opts.id, asOf: opts.asOf, seen };
          throwIfCancelled(opts.signal);
          const result = normaliseCommitments(table, cols, ctx, batch.firstRow, pending);
          for (const issue of result.issues) issues.push(issue);
          addRows(rows, result.rows);
          if (pending.length >= INSERT_ROWS) {
            const data = pending.take();
            await store(() => staging.append(data), firstPending);
            firstPending = batch.firstRow + batch.rows.length;
            progress(
              withFraction(`Normalising ${file.name}`, batch.bytesDone, source.bytes, rows.read),
            );
          }
        }
        if (pending.length > 0) {
          const data = pending.take();
          await store(() => staging.append(data), firstPending);
        }
      }
      if (cols.status !== undefined && marked.count > 0) {
        const note = simulatedNote(file.name, source.headers[cols.status] ?? '', marked);
        issues.splice(fileNotesEnd, 0, note);
        simulatedRows += marked.count;
      }
    }
    await inserting;

    let planRows: RowAccounting | null = null;
    const plans: ActionPlanRecord[] = [];
    for (const file of input.actionPlans ?? []) {
      progress(`Loading ${file.name}`);
      const result = normaliseActionPlans(await readFile(file));
      plans.push(...result.records);
      issues.push(...result.issues);
      planRows = addRows(planRows ?? { read: 0, loaded: 0, rejected: 0, skipped: 0 }, result.rows);
    }

    throwIfCancelled(opts.signal);
    progress('Building tables');
    const dataset: DatasetInfo = {
      id: opts.id,
      name: opts.name,
      simulated: opts.simulated || simulatedRows > 0,
      files: [...input.commitments, ...(input.actionPlans ?? [])].map((f) => f.name),
      layout,
      loadedAt: new Date().toISOString(),
      asOf: opts.asOf,
    };
    await staging.commit();
    await conn.insertColumns(
      'action_plan_facts',
      ACTION_PLAN_FACT_COLUMNS,
      columns(ACTION_PLAN_FACT_COLUMNS, plans),
    );
    await conn.insertColumns(
      'load_issues',
      LOAD_ISSUE_COLUMNS,
      columns(LOAD_ISSUE_COLUMNS, issues),
    );
    await conn.exec(DERIVED_TABLES_SQL);
    await conn.insertColumns('datasets', DATASET_COLUMNS, {
      id: [dataset.id],
      name: [dataset.name],
      simulated: [dataset.simulated],
      files: [dataset.files.join('; ')],
      layout: [dataset.layout],
      loaded_at: [dataset.loadedAt],
      as_of: [dataset.asOf],
      rows_read: [rows.read],
      rows_loaded: [rows.loaded],
      rows_rejected: [rows.rejected],
      rows_skipped: [rows.skipped],
      page_commitments: [0],
      page_action_plans: [0],
    });
    progress('Ready');
    return { dataset, rows, issues, actionPlans: planRows };
  } finally {
    runner?.close();
    await inserting.catch(() => {});
    await staging.discard();
  }
}

/**
 * Rows that say they are simulated label the whole dataset: one simulated row among real ones
 * already makes every figure over them partly invented.
 */
function simulatedNote(file: string, column: string, marked: SimulatedRows): LoadIssue {
  const all = marked.count === marked.read;
  return {
    file,
    row: null, // about the file as a whole
    column,
    value: null,
    severity: all ? 'info' : 'warning',
    message: all
      ? `column "${column}" says every row (${marked.count}) is simulated data: the dataset is labelled SIMULATED DATA`
      : `column "${column}" says ${marked.count} of ${marked.read} rows ${marked.count === 1 ? 'is' : 'are'} simulated data (the first at row ${marked.first}): the whole dataset is labelled SIMULATED DATA`,
  };
}

/**
 * Rows per insert: big enough to amortise a DuckDB insert, small enough to keep the heap flat.
 * Files are read in smaller batches (src/ingest/read-csv.ts) so that each batch's cells are
 * garbage before the young generation fills.
 */
const INSERT_ROWS = 20_000;

/**
 * DuckDB-WASM has at most 4 GB; when a file's rows do not fit, its allocator fails the insert.
 * That becomes a refusal naming the file and how far it got, and the staging table is dropped.
 */
function outOfMemory(e: unknown, fileName: string, row: number): unknown {
  const msg = e instanceof Error ? e.message : String(e);
  if (!/out of memory|allocation fail|could not allocate|cannot enlarge memory/i.test(msg))
    return e;
  return new FileReadError(
    fileName,
    `the rows do not fit in the memory this tab gives DuckDB (it stopped at row ${row}); load a smaller file, or split this one`,
  );
}

const DATASET_COLUMNS: ColumnSpec[] = [
  { name: 'id', type: 'VARCHAR' },
  { name: 'name', type: 'VARCHAR' },
  { name: 'simulated', type: 'BOOLEAN' },
  { name: 'files', type: 'VARCHAR' },
  { name: 'layout', type: 'VARCHAR' },
  { name: 'loaded_at', type: 'VARCHAR' },
  { name: 'as_of', type: 'VARCHAR' },
  { name: 'rows_read', type: 'INTEGER' },
  { name: 'rows_loaded', type: 'INTEGER' },
  { name: 'rows_rejected', type: 'INTEGER' },
  { name: 'rows_skipped', type: 'INTEGER' },
  // Rows added later from OGP pages (src/ingest/page-import.ts).
  { name: 'page_commitments', type: 'INTEGER' },
  { name: 'page_action_plans', type: 'INTEGER' },
];

function columns<T extends object>(
  spec: readonly { name: string }[],
  rows: readonly T[],
): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const c of spec)
    out[c.name] = rows.map((r) => (r as Record<string, unknown>)[c.name] ?? null);
  return out;
}
