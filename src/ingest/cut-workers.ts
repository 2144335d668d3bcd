import { CsvSyntaxError } from './csv-parse';
import type { CutReply, CutRequest } from './cut-worker';
import type { CutResult, CutTask } from './normalise-cut';
import type { CutRunner, ParallelLoading } from './parallel-load';

/**
 * The app's large CSV files are read by Web Workers, each its own core's worth of parsing,
 * normalising and encoding; this thread only cuts the file and adds the results up. Below this
 * size the workers' start (their script, their first compile) costs more than they save.
 */
export const PARALLEL_MIN_BYTES = 8 << 20;

export function browserParallelLoading(): ParallelLoading {
  return { open: () => cutWorkers(workerCount()), minBytes: PARALLEL_MIN_BYTES };
}

/**
 * As many workers as cores, at least 2 and at most 4: DuckDB's worker stores the rows meanwhile,
 * and past 4 the inserts, one at a time, set the pace.
 */
function workerCount(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.min(4, Math.max(2, cores));
}

interface Pending {
  task: CutTask;
  resolve(result: CutResult): void;
  reject(error: unknown): void;
}

/** `size` workers taking cuts in the order they are run. */
export function cutWorkers(size: number): CutRunner {
  const idle: Worker[] = [];
  const busy = new Map<number, { worker: Worker; job: Pending }>();
  const waiting: Pending[] = [];
  const all: Worker[] = [];
  let nextId = 0;
  let closed = false;

  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./cut-worker.ts', import.meta.url), {
      type: 'module',
      name: `irm-atlas-cut-${i + 1}`,
    });
    worker.onmessage = (e: MessageEvent<CutReply>) => settle(worker, e.data);
    // A reply that cannot be read would otherwise leave its cut, and the load, waiting forever.
    worker.onmessageerror = () =>
      failWorker(worker, new Error('a CSV worker sent back a result that could not be read'));
    // A worker that cannot run (its script failed to load or threw) fails its cut, and the load.
    worker.onerror = (e) => {
      e.preventDefault();
      failWorker(worker, new Error(`a CSV worker stopped: ${e.message || 'its script failed'}`));
    };
    all.push(worker);
    idle.push(worker);
  }

  function dispatch(): void {
    while (!closed && idle.length > 0 && waiting.length > 0) {
      const worker = idle.shift()!;
      const job = waiting.shift()!;
      const id = nextId++;
      busy.set(id, { worker, job });
      const request: CutRequest = { id, task: job.task };
      worker.postMessage(request, [job.task.bytes.buffer]);
    }
  }

  function settle(worker: Worker, reply: CutReply): void {
    const entry = busy.get(reply.id);
    if (!entry) return;
    busy.delete(reply.id);
    idle.push(worker);
    if ('result' in reply) entry.job.resolve(reply.result);
    else if ('csvError' in reply) {
      const { line, reason, lineStart } = reply.csvError;
      entry.job.reject(new CsvSyntaxError(line, reason, lineStart));
    } else entry.job.reject(new Error(reply.error));
    dispatch();
  }

  function failWorker(worker: Worker, error: Error): void {
    for (const [id, entry] of busy) {
      if (entry.worker !== worker) continue;
      busy.delete(id);
      entry.job.reject(error);
    }
    for (const job of waiting.splice(0)) job.reject(error);
  }

  return {
    size,
    run(task) {
      if (closed) return Promise.reject(new Error('the CSV workers are closed'));
      return new Promise<CutResult>((resolve, reject) => {
        waiting.push({ task, resolve, reject });
        dispatch();
      });
    },
    close() {
      closed = true;
      for (const w of all) w.terminate();
      const stopped = new Error('the CSV workers are closed');
      for (const { job } of busy.values()) job.reject(stopped);
      for (const job of waiting.splice(0)) job.reject(stopped);
      busy.clear();
    },
  };
}
