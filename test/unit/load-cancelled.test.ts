import { describe, expect, it } from 'vitest';
import { LoadCancelled, unlessCancelled } from '../../src/ingest/load-cancelled';

describe('waiting for work unless the load is cancelled', () => {
  it('rejects as soon as the signal aborts, without waiting for the work', async () => {
    const controller = new AbortController();
    const never = new Promise<number>(() => {});
    const waiting = unlessCancelled(never, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(LoadCancelled);
  });

  it("passes the work's value and error through when nothing aborts", async () => {
    const signal = new AbortController().signal;
    await expect(unlessCancelled(Promise.resolve(7), signal)).resolves.toBe(7);
    await expect(unlessCancelled(Promise.reject(new Error('bad cut')), signal)).rejects.toThrow(
      'bad cut',
    );
    await expect(unlessCancelled(Promise.resolve('no signal'), undefined)).resolves.toBe(
      'no signal',
    );
  });

  it('refuses at once when the signal was aborted before', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => unlessCancelled(Promise.resolve(1), controller.signal)).toThrow(LoadCancelled);
  });
});
