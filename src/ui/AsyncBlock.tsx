import type { ReactNode } from 'react';
import type { AsyncState } from '../hooks/async-state';
import { ErrorMessage } from './ErrorMessage';
import { useT } from '../i18n';

interface AsyncBlockProps<T> {
  state: AsyncState<T>;
  /** What to say before anything was asked for. */
  idle: string;
  children: (data: T) => ReactNode;
}

/**
 * Renders all four states of async data. While the next result loads, or after it failed, the
 * previous result stays on screen (dimmed while pending) so the page does not jump.
 */
export function AsyncBlock<T>({ state, idle, children }: AsyncBlockProps<T>) {
  const { t } = useT();
  const busy = state.status === 'pending';
  return (
    <div className="async-block" aria-busy={busy}>
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      {state.data === null ? (
        <p className="muted">{busy ? t('ui.loading') : state.status === 'idle' ? idle : null}</p>
      ) : (
        <div className={busy ? 'stale' : undefined}>{children(state.data)}</div>
      )}
    </div>
  );
}
