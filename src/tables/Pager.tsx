import { formatCount } from '../lib/format';

interface PagerProps {
  label: string;
  pageIndex: number;
  pageCount: number;
  rowCount: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious(): void;
  onNext(): void;
}

/** Previous / next with "Page x of y (n rows)"; rows are counted by whoever owns the data. */
export function Pager(p: PagerProps) {
  return (
    <nav className="pager" aria-label={`${p.label} pages`}>
      <button type="button" onClick={p.onPrevious} disabled={!p.canPrevious}>
        Previous
      </button>
      <span data-testid="pager-status">
        Page {formatCount(p.pageIndex + 1)} of {formatCount(Math.max(1, p.pageCount))} (
        {formatCount(p.rowCount)} rows)
      </span>
      <button type="button" onClick={p.onNext} disabled={!p.canNext}>
        Next
      </button>
    </nav>
  );
}
