import { useT } from '../../i18n';
import { valueLabel } from '../../state/filter-summary';
import { formatCount, formatPercent } from '../../lib/format';
import { metricLabel, METRICS, SMALL_N, type MetricValue } from '../../metrics';
import type { CycleRow } from './cycle-rows';

function Share({ v, scope }: { v: MetricValue | null; scope: 'member' | 'region' | 'global' }) {
  const tr = useT();
  const letter = tr.t(scope === 'region' ? 'member.regionShort' : 'member.globalShort');
  if (!v || v.n === 0)
    return (
      <span className={`scope ${scope}`}>
        {scope === 'member' ? '— (n=0)' : `${letter} — (n=0)`}
      </span>
    );
  const text = `${v.share === null ? '—' : formatPercent(v.share, tr)} (n=${formatCount(v.n, tr)})`;
  const small = v.n < SMALL_N ? ' small-n' : '';
  return (
    <span
      className={`scope ${scope}${small}`}
      title={small ? tr.t('member.smallN', { n: SMALL_N }) : undefined}
    >
      {scope === 'member' ? text : `${letter} ${text}`}
    </span>
  );
}

/** Every metric per cycle: the member, then its region (R) and all members (G) of its kind. */
export function CycleTable({ rows, kind }: { rows: CycleRow[]; kind: string | null }) {
  const tr = useT();
  const { t } = tr;
  return (
    <table className="cycle-table" data-testid="cycle-table">
      <caption>
        {t('member.caption', {
          kind: kind ? valueLabel('kinds', kind, tr).toLowerCase() : t('member.allKinds'),
          n: SMALL_N,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('member.h_cycle')}</th>
          {METRICS.map((m) => (
            <th key={m.id} scope="col">
              {metricLabel(m.id, tr)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.cycle ?? 'all'} className={r.cycle === null ? 'pooled' : undefined}>
            <th scope="row">{r.cycle ?? t('member.allCycles')}</th>
            {METRICS.map((m) => (
              <td key={m.id}>
                <Share v={r.metrics[m.id].member} scope="member" />
                <Share v={r.metrics[m.id].region} scope="region" />
                <Share v={r.metrics[m.id].global} scope="global" />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
