interface ErrorMessageProps {
  error: Error;
  title?: string;
}

/** An error as plain text, with its message in full (dataset text is never HTML). */
export function ErrorMessage({ error, title = 'Something went wrong' }: ErrorMessageProps) {
  return (
    <div className="error" role="alert">
      <strong>{title}</strong>
      <p>{error.message}</p>
    </div>
  );
}
