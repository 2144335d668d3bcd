import { useView } from '../../hooks/app-context';
import { COMPARE_DEFAULTS, type CompareParams } from '../../state/compare-params';
import { paramChange } from '../../state/view-params';

interface RowLimitProps {
  total: number;
  shown: number;
  rows: CompareParams['rows'];
  sort: CompareParams['sort'];
}

/** "Showing 40 of 127 members" with the switch to all (a URL parameter like the rest). */
export function RowLimit({ total, shown, rows, sort }: RowLimitProps) {
  const { setParams } = useView();
  if (total <= 40 && rows === '40') return null;
  const set = (v: CompareParams['rows']) => setParams(paramChange(COMPARE_DEFAULTS, { rows: v }));
  return (
    <p className="row-limit" data-testid="row-limit">
      {shown < total
        ? `Showing the first ${shown} of ${total} members (sorted by ${sort}). `
        : `Showing all ${total} members. `}
      {rows === '40' ? (
        <button type="button" onClick={() => set('all')} data-testid="rows-all">
          Show all {total}
        </button>
      ) : (
        <button type="button" onClick={() => set('40')} data-testid="rows-40">
          Show the first 40
        </button>
      )}
    </p>
  );
}
