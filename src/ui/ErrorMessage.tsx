import { translateReadError, useT } from '../i18n';

interface ErrorMessageProps {
  error: Error;
  title?: string;
}

/** An error as plain text, with its message in full (dataset text is never HTML). */
export function ErrorMessage({ error, title }: ErrorMessageProps) {
  const tr = useT();
  const { t } = tr;
  return (
    <div className="error" role="alert">
      <strong>{title ?? t('ui.somethingWrong')}</strong>
      <p>
        {readable(error) ? translateReadError(error.fileName, error.detail, tr) : error.message}
      </p>
    </div>
  );
}

/** A reader's refusal (src/ingest FileReadError), told by shape: ui/ does not import ingest/. */
function readable(error: Error): error is Error & { fileName: string; detail: string } {
  const e = error as Partial<{ fileName: unknown; detail: unknown }>;
  return (
    error.name === 'FileReadError' && typeof e.fileName === 'string' && typeof e.detail === 'string'
  );
}
