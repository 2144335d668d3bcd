/**
 * The user stopped a load. Nothing of it is kept: the rows read so far were only in the staging
 * table (staging-table.ts), which is dropped, so the dataset loaded before stays as it was.
 */
export class LoadCancelled extends Error {
  constructor() {
    super('Load cancelled: the dataset loaded before is unchanged.');
    this.name = 'LoadCancelled';
  }
}

/** Throws LoadCancelled once `signal` has been aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new LoadCancelled();
}

/**
 * `work`, or LoadCancelled as soon as `signal` aborts, whichever comes first: a worker's cut can
 * take seconds, and a user who pressed Cancel should not wait for it. (The work is abandoned,
 * not stopped: the caller closes what runs it.)
 */
export function unlessCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  throwIfCancelled(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new LoadCancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
