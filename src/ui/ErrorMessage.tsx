import { useT } from '../i18n';

interface ErrorMessageProps {
  error: Error;
  title?: string;
}

/** An error as plain text, with its message in full (dataset text is never HTML). */
export function ErrorMessage({ error, title }: ErrorMessageProps) {
  const { t } = useT();
  return (
    <div className="error" role="alert">
      <strong>{title ?? t('ui.somethingWrong')}</strong>
      <p>{error.message}</p>
    </div>
  );
}
