import { normaliseCut, type CutTask } from '../../src/ingest/normalise-cut';
import type { CutRunner } from '../../src/ingest/parallel-load';

/**
 * Workers in this process that finish in a seeded, scrambled order, with every task and result
 * structured-cloned as postMessage would. `closed` says whether the loader closed them.
 */
export function scrambled(
  size: number,
  seed = 7,
): CutRunner & { tasks: CutTask[]; closed: boolean } {
  let s = seed;
  const delay = () => (s = (s * 48271) % 2147483647) % 6;
  return {
    size,
    tasks: [],
    closed: false,
    run(task) {
      this.tasks.push(task);
      const sent = structuredClone(task);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(structuredClone(normaliseCut(sent)));
          } catch (e) {
            reject(e);
          }
        }, delay()),
      );
    },
    close() {
      this.closed = true;
    },
  };
}
