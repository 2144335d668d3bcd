import { useEffect, useState, type DependencyList } from 'react';
import { IDLE, failed, pending, ready, type AsyncState } from './async-state';

/**
 * Runs `fn` whenever `deps` change and returns its state. A result that arrives after the
 * deps changed again is dropped, so a slow old query never overwrites a newer one. `fn` may
 * return null to mean "nothing to run yet" (idle).
 */
export function useQuery<T>(fn: () => Promise<T> | null, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>(IDLE);
  useEffect(() => {
    const run = fn();
    if (run === null) {
      setState(IDLE);
      return;
    }
    let current = true;
    setState((s) => pending(s));
    run.then(
      (data) => current && setState(ready(data)),
      (e: unknown) => current && setState((s) => failed(s, e)),
    );
    return () => {
      current = false;
    };
    // The caller's deps are the contract: `fn` is a fresh closure every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
