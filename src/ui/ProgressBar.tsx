import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import {
  nextClock,
  secondsLeft,
  stageDetail,
  stagePercent,
  stageText,
  type StageClock,
} from './progress-stage';

/**
 * A determinate bar with the stage in words, for DuckDB start-up and dataset loads; beside it,
 * the rows read so far and the time left once the rate is known; with `onCancel`, a button that
 * stops the load (a 1M-row file takes a minute).
 */
export function ProgressBar({ stage, onCancel }: { stage: string | null; onCancel?: () => void }) {
  const percent = stagePercent(stage);
  const tr = useT();
  const text = stageText(stage, tr);
  const left = useSecondsLeft(stage);
  const detail = stageDetail(stage, left, tr);
  return (
    <div className="progress" data-testid="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Loading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={detail ? `${text}, ${detail}` : text}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">{text}…</span>
      {detail && (
        <span className="progress-detail" data-testid="progress-detail">
          {detail}
        </span>
      )}
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

/** The time left in the current stage, re-estimated at every new stage text. */
function useSecondsLeft(stage: string | null): number | null {
  const clock = useRef<StageClock | null>(null);
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const now = performance.now();
    clock.current = nextClock(clock.current, stage, now);
    setLeft(secondsLeft(clock.current, stage, now));
  }, [stage]);
  return left;
}
