import { formatCount, formatPercent } from '../../lib/format';
import { METRICS, SMALL_N, type MetricValue } from '../../metrics';
import type { CycleRow } from './cycle-rows';

function Share({ v, scope }: { v: MetricValue | null; scope: string }) {
  if (!v || v.n === 0)
    return (
      <span className={`scope ${scope}`}>
        {scope === 'member' ? '— (n=0)' : `${scope[0]?.toUpperCase()} — (n=0)`}
      </span>
    );
  const text = `${v.share === null ? '—' : formatPercent(v.share)} (n=${formatCount(v.n)})`;
  const small = v.n < SMALL_N ? ' small-n' : '';
  return (
    <span
      className={`scope ${scope}${small}`}
      title={small ? `small n: fewer than ${SMALL_N}` : undefined}
    >
      {scope === 'member' ? text : `${scope === 'region' ? 'R' : 'G'} ${text}`}
    </span>
  );
}

/** Every metric per cycle: the member, then its region (R) and all members (G) of its kind. */
export function CycleTable({ rows, kind }: { rows: CycleRow[]; kind: string | null }) {
  return (
    <table className="cycle-table" data-testid="cycle-table">
      <caption>
        Share meeting each metric (n = rated commitments). R: region, G: global — same cycles,{' '}
        {kind ?? 'all'} members only. Italic: fewer than {SMALL_N} rated.
      </caption>
      <thead>
        <tr>
          <th scope="col">Cycle</th>
          {METRICS.map((m) => (
            <th key={m.id} scope="col">
              {m.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.cycle ?? 'all'} className={r.cycle === null ? 'pooled' : undefined}>
            <th scope="row">{r.cycle ?? 'All cycles'}</th>
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
