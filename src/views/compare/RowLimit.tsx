import { useView } from '../../hooks/app-context';
import { useT } from '../../i18n';
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
  const tr = useT();
  if (total <= 40 && rows === '40') return null;
  const set = (v: CompareParams['rows']) => setParams(paramChange(COMPARE_DEFAULTS, { rows: v }));
  return (
    <p className="row-limit" data-testid="row-limit">
      {shown < total
        ? tr.t('compare.showingFirst', {
            shown: tr.number(shown),
            total: tr.number(total),
            sort: tr.t(`compare.sort_${sort}`),
          })
        : tr.t('compare.showingAll', { total: tr.number(total) })}
      {rows === '40' ? (
        <button type="button" onClick={() => set('all')} data-testid="rows-all">
          {tr.t('compare.showAll', { total: tr.number(total) })}
        </button>
      ) : (
        <button type="button" onClick={() => set('40')} data-testid="rows-40">
          {tr.t('compare.showFirst')}
        </button>
      )}
    </p>
  );
}
