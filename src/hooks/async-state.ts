/**
 * The four states of async data as one immutable union: replaced, never mutated. While the next
 * result loads (pending) or after it failed (error), `data` keeps the previous result, so views
 * can leave it on screen instead of flashing empty.
 */
export type AsyncState<T> =
  | { readonly status: 'idle'; readonly data: null; readonly error: null }
  | { readonly status: 'pending'; readonly data: T | null; readonly error: null }
  | { readonly status: 'error'; readonly data: T | null; readonly error: Error }
  | { readonly status: 'ready'; readonly data: T; readonly error: null };

export const IDLE: AsyncState<never> = { status: 'idle', data: null, error: null };

export function pending<T>(previous: AsyncState<T>): AsyncState<T> {
  return { status: 'pending', data: previous.data, error: null };
}

export function ready<T>(data: T): AsyncState<T> {
  return { status: 'ready', data, error: null };
}

export function failed<T>(previous: AsyncState<T>, error: unknown): AsyncState<T> {
  return { status: 'error', data: previous.data, error: toError(error) };
}

export function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
