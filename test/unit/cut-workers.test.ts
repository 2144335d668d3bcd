/**
 * The pool of cut workers (src/ingest/cut-workers.ts) with stand-in Web Workers: cuts go to idle
 * workers in the order they are run, each reply settles its own cut, and a worker that stops or
 * sends an unreadable reply fails the load instead of leaving it waiting. The real workers run
 * in test/browser/large-csv.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvSyntaxError } from '../../src/ingest/csv-parse';
import type { CutReply, CutRequest } from '../../src/ingest/cut-worker';
import { cutWorkers } from '../../src/ingest/cut-workers';
import type { CutResult, CutTask } from '../../src/ingest/normalise-cut';

class StandInWorker {
  static all: StandInWorker[] = [];
  onmessage: ((e: { data: CutReply }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  readonly received: { request: CutRequest; transfer: unknown[] }[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: { type: string; name: string },
  ) {
    StandInWorker.all.push(this);
  }
  postMessage(request: CutRequest, transfer: unknown[]) {
    this.received.push({ request, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: CutReply) {
    this.onmessage?.({ data });
  }
}

const saved = globalThis.Worker;
beforeEach(() => {
  StandInWorker.all = [];
  (globalThis as { Worker: unknown }).Worker = StandInWorker;
});
afterEach(() => {
  (globalThis as { Worker: unknown }).Worker = saved;
});

const task = (firstRow: number) => ({ firstRow, bytes: new Uint8Array(4) }) as unknown as CutTask;
const result = (loaded: number) => ({ loaded }) as unknown as CutResult;
const settled = <T>(p: Promise<T>) =>
  p.then(
    (v) => ({ ok: v }),
    (e: unknown) => ({ error: e }),
  );

describe('the pool of cut workers', () => {
  it('sends cuts to idle workers in order, handing their bytes over, and settles each by its reply', async () => {
    const pool = cutWorkers(2);
    const [a, b] = StandInWorker.all;
    expect(StandInWorker.all.map((w) => [w.options.type, w.options.name])).toEqual([
      ['module', 'irm-atlas-cut-1'],
      ['module', 'irm-atlas-cut-2'],
    ]);
    const runs = [1, 2, 3].map((row) => pool.run(task(row)));
    expect(a!.received.map((r) => r.request.task.firstRow)).toEqual([1]);
    expect(b!.received.map((r) => r.request.task.firstRow)).toEqual([2]);
    expect(a!.received[0]!.transfer).toEqual([a!.received[0]!.request.task.bytes.buffer]);
    // The second worker finishes first: the third cut goes to it, and each promise gets its own.
    b!.reply({ id: b!.received[0]!.request.id, result: result(20) });
    expect(b!.received.map((r) => r.request.task.firstRow)).toEqual([2, 3]);
    a!.reply({ id: a!.received[0]!.request.id, result: result(10) });
    b!.reply({ id: b!.received[1]!.request.id, result: result(30) });
    expect(await Promise.all(runs)).toEqual([result(10), result(20), result(30)]);
  });

  it('turns a CSV refusal back into the CsvSyntaxError the loader names', async () => {
    const pool = cutWorkers(1);
    const [w] = StandInWorker.all;
    const run = settled(pool.run(task(1)));
    w!.reply({
      id: w!.received[0]!.request.id,
      csvError: { line: 7, reason: 'a quoted value is never closed', lineStart: 'x,"y' },
    });
    const { error } = (await run) as { error: CsvSyntaxError };
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect([error.line, error.reason, error.lineStart]).toEqual([
      7,
      'a quoted value is never closed',
      'x,"y',
    ]);
  });

  it('fails the cuts of a worker that stops, and those still waiting, instead of leaving them waiting', async () => {
    const pool = cutWorkers(2);
    const [a, b] = StandInWorker.all;
    const runs = [1, 2, 3].map((row) => settled(pool.run(task(row))));
    let prevented = false;
    a!.onerror!({ message: 'Uncaught SyntaxError', preventDefault: () => (prevented = true) });
    b!.reply({ id: b!.received[0]!.request.id, result: result(2) });
    const outcomes = await Promise.all(runs);
    expect(prevented).toBe(true);
    expect(outcomes.map((o) => ('ok' in o ? 'ok' : String((o.error as Error).message)))).toEqual([
      'a CSV worker stopped: Uncaught SyntaxError',
      'ok',
      'a CSV worker stopped: Uncaught SyntaxError',
    ]);
  });

  it('fails a cut whose reply cannot be read', async () => {
    const pool = cutWorkers(1);
    const run = settled(pool.run(task(1)));
    StandInWorker.all[0]!.onmessageerror!();
    expect(((await run) as { error: Error }).error.message).toBe(
      'a CSV worker sent back a result that could not be read',
    );
  });

  it('closes: every worker ends, and cuts still running or waiting are refused', async () => {
    const pool = cutWorkers(1);
    const runs = [1, 2].map((row) => settled(pool.run(task(row))));
    pool.close();
    expect(StandInWorker.all.every((w) => w.terminated)).toBe(true);
    for (const o of await Promise.all(runs))
      expect((o as { error: Error }).error.message).toBe('the CSV workers are closed');
    expect(((await settled(pool.run(task(3)))) as { error: Error }).error.message).toBe(
      'the CSV workers are closed',
    );
  });
});
