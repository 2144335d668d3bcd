import { columnsToArrowIPC } from '../db/arrow-insert';
import { COMMITMENT_COLUMNS, CommitmentColumns } from './commitment-record';
import { openCsvBody } from './csv-parse';
import type { LoadIssue, RowAccounting } from './load-types';
import { normaliseCommitments, type SeenAt } from './normalise-commitments';
import type { ColumnResolution } from './resolve-columns';
import { addRows } from './row-accounting';
import { SimulatedRows, type SimulatedCount } from './simulated-marker';

/**
 * One cut of a large CSV (src/ingest/csv-cut.ts), read, normalised and encoded for DuckDB by a
 * worker. Everything a worker needs comes in the task, and everything it found goes back in the
 * result: the loader (src/ingest/parallel-load.ts) puts the cuts back in file order.
 */
export interface CutTask {
  fileName: string;
  /** The cut's bytes only. */
  bytes: Uint8Array;
  delimiter: string;
  headers: string[];
  cols: ColumnResolution;
  /** 1 per column the normaliser reads (resolve-columns.ts's columnsRead). */
  keep: Uint8Array;
  firstRow: number;
  firstLine: number;
  /** Records in the cut (csv-cut.ts counted them): the column arrays are made that long. */
  rows: number;
  datasetId: string;
  asOf: string;
  /**
   * Identifiers loaded before this cut that its rows repeat, with where they were loaded. Empty
   * on a first pass: a cut that repeats an earlier identifier is read again with them.
   */
  earlier: [string, SeenAt][];
}

export interface CutResult {
  /** The loaded rows (`rows.loaded`) as an Arrow IPC stream of COMMITMENT_COLUMNS, or null. */
  ipc: Uint8Array | null;
  issues: LoadIssue[];
  rows: RowAccounting;
  simulated: SimulatedCount;
  /** The identifiers this cut loaded, in order, and their rows. */
  loadedIds: string[];
  loadedRows: Int32Array;
  /** The other identifiers its rows asked about: repeats, rows not commitments. Rarely any. */
  otherIds: string[];
}

/** Rows per parser batch: small enough for each batch's cells to die young (read-csv.ts). */
const BATCH_ROWS = 2_000;

export function normaliseCut(task: CutTask): CutResult {
  const reader = openCsvBody(task.bytes, {
    delimiter: task.delimiter,
    width: task.headers.length,
    firstRow: task.firstRow,
    firstLine: task.firstLine,
    batchRows: BATCH_ROWS,
  });
  const seen = new LookupsRecorded(task.earlier);
  const ctx = { datasetId: task.datasetId, asOf: task.asOf, seen };
  const issues: LoadIssue[] = [];
  const rows: RowAccounting = { read: 0, loaded: 0, rejected: 0, skipped: 0 };
  const pending = new CommitmentColumns(task.rows);
  const marked = new SimulatedRows();
  const format = task.delimiter === '\t' ? ('tsv' as const) : ('csv' as const);
  const table = { fileName: task.fileName, format, headers: task.headers };
  for (const batch of reader.batches(task.keep)) {
    if (task.cols.status !== undefined) marked.add(batch.rows, task.cols.status, batch.firstRow);
    const result = normaliseCommitments(
      { ...table, rows: batch.rows },
      task.cols,
      ctx,
      batch.firstRow,
      pending,
    );
    for (const issue of result.issues) issues.push(issue);
    addRows(rows, result.rows);
  }
  // The map holds the earlier identifiers first, then this cut's own, in the order loaded.
  const own = [...seen].slice(task.earlier.length);
  const loadedIds = own.map(([id]) => id);
  const loadedRows = Int32Array.from(own, ([, at]) => at.row);
  const mine = new Set(loadedIds);
  return {
    ipc: pending.length > 0 ? columnsToArrowIPC(COMMITMENT_COLUMNS, pending.take()) : null,
    issues,
    rows,
    simulated: { count: marked.count, read: marked.read, first: marked.first },
    loadedIds,
    loadedRows,
    otherIds: [...seen.looked].filter((id) => !mine.has(id)),
  };
}

/** The normaliser's map of identifiers seen, noting every identifier it asks about. */
class LookupsRecorded extends Map<string, SeenAt> {
  readonly looked = new Set<string>();
  override get(id: string): SeenAt | undefined {
    this.looked.add(id);
    return super.get(id);
  }
}
