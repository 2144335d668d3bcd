import { useT } from '../i18n';
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
  const tr = useT();
  return (
    <nav className="pager" aria-label={`${p.label} pages`}>
      <button type="button" onClick={p.onPrevious} disabled={!p.canPrevious}>
        {tr.t('ui.previous')}
      </button>
      <span data-testid="pager-status">
        {tr.t('ui.pageOf', {
          page: formatCount(p.pageIndex + 1, tr),
          pages: formatCount(Math.max(1, p.pageCount), tr),
          rows: p.rowCount,
          rowsText: formatCount(p.rowCount, tr),
        })}
      </span>
      <button type="button" onClick={p.onNext} disabled={!p.canNext}>
        {tr.t('ui.next')}
      </button>
    </nav>
  );
}
