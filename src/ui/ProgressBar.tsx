import { useT } from '../i18n';
import { stagePercent, stageText } from './progress-stage';

/**
 * A determinate bar with the stage in words, for DuckDB start-up and dataset loads; with
 * `onCancel`, a button that stops the load (a 1M-row file takes a minute).
 */
export function ProgressBar({ stage, onCancel }: { stage: string | null; onCancel?: () => void }) {
  const percent = stagePercent(stage);
  const tr = useT();
  const text = stageText(stage, tr);
  return (
    <div className="progress" data-testid="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Loading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">{text}…</span>
      {onCancel && (
        <button
          type="button"
          className="progress-cancel"
          onClick={onCancel}
          aria-label={tr.t('common.cancelLoadLabel')}
          data-testid="cancel-load"
        >
          {tr.t('common.cancelLoad')}
        </button>
      )}
    </div>
  );
}
