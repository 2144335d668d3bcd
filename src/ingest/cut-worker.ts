/**
 * The Web Worker that reads cuts of a large CSV (normalise-cut.ts) for the app's loader;
 * cut-workers.ts starts and feeds it. Results go back with their Arrow bytes handed over, not
 * copied.
 */
import { CsvSyntaxError } from './csv-parse';
import { normaliseCut, type CutTask } from './normalise-cut';

export type CutRequest = { id: number; task: CutTask };
export type CutReply =
  | { id: number; result: ReturnType<typeof normaliseCut> }
  | { id: number; csvError: { line: number | null; reason: string; lineStart: string | null } }
  | { id: number; error: string };

// This file runs as a worker, where postMessage takes a transfer list and no target origin.
const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<CutRequest>) => void) | null;
  postMessage(message: CutReply, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: { id, task } }) => {
  try {
    const result = normaliseCut(task);
    const handed = [result.loadedRows.buffer, ...(result.ipc ? [result.ipc.buffer] : [])];
    scope.postMessage({ id, result }, handed);
  } catch (e) {
    if (e instanceof CsvSyntaxError)
      scope.postMessage({
        id,
        csvError: { line: e.line, reason: e.reason, lineStart: e.lineStart },
      });
    else scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
