import { useT } from '../../i18n';
import { eraName } from '../compare/distribution-model';
import { formatCount } from '../../lib/format';
import type { PlanFacts } from '../../queries/briefing';
import { coCreationText } from './co-creation';

/** The member's action plans with their co-creation facts, oldest first. */
export function PlanList({ plans }: { plans: PlanFacts[] }) {
  const tr = useT();
  const { t } = tr;
  if (plans.length === 0) return <p className="muted">{t('member.noPlans')}</p>;
  return (
    <table className="plan-list" data-testid="briefing-plans">
      <thead>
        <tr>
          <th scope="col">{t('member.h_plan')}</th>
          <th scope="col">{t('member.h_cycle')}</th>
          <th scope="col" className="num">
            {t('member.h_commitments')}
          </th>
          <th scope="col">{t('member.h_coCreation')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <tr key={p.plan_id}>
            <td title={p.title ? p.plan_id : undefined}>
              {p.title ?? p.plan_id}
              {p.era && (
                <span className="muted">
                  {' '}
                  ({p.era === 'pre2020' || p.era === 'refresh' ? eraName(p.era, tr) : p.era})
                </span>
              )}
            </td>
            <td className="nowrap">{p.cycle ?? '—'}</td>
            <td className="num">{formatCount(p.commitments, tr)}</td>
            <td>{coCreationText(p, tr)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
