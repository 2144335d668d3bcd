import { useT } from '../i18n';
import { stagePercent, stageText } from './progress-stage';

/** A determinate bar with the stage in words, for DuckDB start-up and dataset loads. */
export function ProgressBar({ stage }: { stage: string | null }) {
  const percent = stagePercent(stage);
  const text = stageText(stage, useT());
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
    </div>
  );
}
