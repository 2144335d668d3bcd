import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';

/** The boundary is a class: its message reads the UI language through this function component. */
function ViewFailed({ error }: { error: Error }) {
  const { t } = useT();
  return <ErrorMessage error={error} title={t('ui.viewFailed')} />;
}

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Changing this clears a caught error (e.g. switching tabs). */
  resetKey?: string;
}

interface ErrorBoundaryState {
  error: Error | null;
  resetKey: string | undefined;
}

/** Keeps one broken view from blanking the whole app. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('View failed:', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ViewFailed error={this.state.error} />;
    return this.props.children;
  }
}
