import { useState } from 'react';

/** Print (one page, see briefing.css) and "copy summary" (plain text on the clipboard). */
export function BriefingActions({ summary }: { summary: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setStatus('Summary copied to the clipboard.');
    } catch {
      setStatus('The browser refused the clipboard: select the summary below and copy it.');
    }
  };
  return (
    <div className="briefing-actions no-print">
      <button type="button" onClick={() => window.print()}>
        Print (one page)
      </button>
      <button type="button" onClick={() => void copy()} data-testid="copy-summary">
        Copy summary
      </button>
      {status && (
        <span role="status" className="muted">
          {status}
        </span>
      )}
      <details>
        <summary>Show the summary text</summary>
        <pre className="summary-text" data-testid="summary-text">
          {summary}
        </pre>
      </details>
    </div>
  );
}
