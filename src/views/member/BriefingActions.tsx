import { useT } from '../../i18n';
import { useState } from 'react';

/** Print (one page, see briefing.css) and "copy summary" (plain text on the clipboard). */
export function BriefingActions({ summary }: { summary: string }) {
  const { t } = useT();
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(summary);
      setStatus(t('member.copied'));
    } catch {
      setStatus(t('member.clipboardRefused'));
    }
  };
  return (
    <div className="briefing-actions no-print">
      <button type="button" onClick={() => window.print()}>
        {t('member.print')}
      </button>
      <button type="button" onClick={() => void copy()} data-testid="copy-summary">
        {t('member.copy')}
      </button>
      {status && (
        <span role="status" className="muted">
          {status}
        </span>
      )}
      <details>
        <summary>{t('member.showSummary')}</summary>
        <pre className="summary-text" data-testid="summary-text">
          {summary}
        </pre>
      </details>
    </div>
  );
}
