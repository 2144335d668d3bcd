import { bodyStart, cutRecords, type CsvCut } from './csv-cut';
import { CsvSyntaxError } from './csv-parse';
import type { LoadIssue, RowAccounting } from './load-types';
import type { CutResult, CutTask } from './normalise-cut';
import type { SeenAt } from './normalise-commitments';
import { FileReadError, type InputFile } from './raw-table';
import { csvMessage } from './read-csv';
import { columnsRead, type ColumnResolution } from './resolve-columns';
import { addRows } from './row-accounting';
import type { SimulatedRows } from './simulated-marker';
import { unlessCancelled } from './load-cancelled';

/** Runs cuts somewhere else: Web Workers in the app (cut-workers.ts), in-process in tests. */
export interface CutRunner {
  /** How many cuts can run at once. */
  readonly size: number;
  /** Rejects with a CsvSyntaxError when the cut is not well-formed CSV. */
  run(task: CutTask): Promise<CutResult>;
  close(): void;
}

/** How a loader may spread a large CSV over workers. */
export interface ParallelLoading {
  open(): CutRunner;
  /** Smaller files are read on the calling thread: starting workers costs more than it saves. */
  minBytes: number;
  /** Rows per cut; the default is one insert's worth. */
  maxRows?: number;
}

/** Everything one file's load adds to, shared with the files read before it. */
export interface FileLoadState {
  file: InputFile;
  headers: string[];
  delimiter: string;
  cols: ColumnResolution;
  datasetId: string;
  asOf: string;
  /** Aborted: the cuts still running are abandoned (the caller closes the runner). */
  signal?: AbortSignal;
  seen: Map<string, SeenAt>;
  issues: LoadIssue[];
  rows: RowAccounting;
  marked: SimulatedRows;
  /** Stores a cut's rows, in file order; resolves when the next may be sent. */
  append(ipc: Uint8Array, rows: number, firstRow: number): Promise<void>;
  progress(bytesDone: number): void;
}

const MAX_ROWS = 20_000;
const MIN_CUT_BYTES = 1 << 20;
const MAX_CUT_BYTES = 16 << 20;

/**
 * Reads a CSV/TSV file as cuts that the runner's workers parse, normalise and encode at once,
 * and adds them up in file order, so that the rows, their numbers, the issues and what the
 * dataset says about itself come out exactly as a read from start to end gives them.
 *
 * The one thing a cut cannot know alone is which identifiers earlier cuts loaded. Each cut says
 * which identifiers it looked up; when one was loaded before, the cut is read again with those
 * identifiers known, so its duplicates are refused naming the row that was loaded first, as
 * when read in order. (Real exports rarely repeat an identifier: the second read is the
 * exception, not the cost.)
 */
export async function loadCuts(
  state: FileLoadState,
  runner: CutRunner,
  maxRows = MAX_ROWS,
): Promise<void> {
  const { file, delimiter } = state;
  const bytes = file.bytes;
  const keep = columnsRead(state.cols, state.headers.length);
  const maxBytes = Math.min(
    MAX_CUT_BYTES,
    Math.max(MIN_CUT_BYTES, Math.ceil(bytes.length / (runner.size * 4))),
  );
  const cuts = cutRecords(bytes, bodyStart(bytes, delimiter), { delimiter, maxBytes, maxRows });
  const task = (cut: CsvCut, earlier: [string, SeenAt][]): CutTask => ({
    fileName: file.name,
    bytes: bytes.slice(cut.start, cut.end),
    delimiter,
    headers: state.headers,
    cols: state.cols,
    keep,
    firstRow: cut.firstRow,
    firstLine: cut.firstLine,
    rows: cut.rows,
    datasetId: state.datasetId,
    asOf: state.asOf,
    earlier,
  });
  const run = (t: CutTask) => {
    const result = runner.run(t);
    result.catch(() => {}); // awaited in file order below; not unhandled meanwhile
    return result;
  };

  // Two cuts per worker in flight: a worker starts its next cut while this thread adds up one.
  const queue: { cut: CsvCut; result: Promise<CutResult> }[] = [];
  const refill = () => {
    while (queue.length < runner.size * 2) {
      const next = cuts.next();
      if (next.done) return;
      queue.push({ cut: next.value, result: run(task(next.value, [])) });
    }
  };
  refill();
  for (let next = queue.shift(); next; next = queue.shift()) {
    refill();
    let result = await named(file.name, unlessCancelled(next.result, state.signal));
    const earlier = [...result.loadedIds, ...result.otherIds].filter((id) => state.seen.has(id));
    if (earlier.length > 0) {
      const known = earlier.map((id): [string, SeenAt] => [id, state.seen.get(id)!]);
      result = await named(file.name, unlessCancelled(run(task(next.cut, known)), state.signal));
    }
    result.loadedIds.forEach((id, k) =>
      state.seen.set(id, { file: file.name, row: result.loadedRows[k]! }),
    );
    for (const issue of result.issues) state.issues.push(issue);
    addRows(state.rows, result.rows);
    state.marked.merge(result.simulated);
    if (result.ipc) await state.append(result.ipc, result.rows.loaded, next.cut.firstRow);
    state.progress(next.cut.end);
  }
}

/** A cut's CSV error as the whole file's read names it. */
async function named<T>(fileName: string, result: Promise<T>): Promise<T> {
  try {
    return await result;
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new FileReadError(fileName, csvMessage(e));
    throw e;
  }
}
