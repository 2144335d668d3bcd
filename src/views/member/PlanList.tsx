import type { PlanFacts } from '../../queries/briefing';
import { coCreationText } from './co-creation';

/** The member's action plans with their co-creation facts, oldest first. */
export function PlanList({ plans }: { plans: PlanFacts[] }) {
  if (plans.length === 0) return <p className="muted">No action plan in the data.</p>;
  return (
    <table className="plan-list" data-testid="briefing-plans">
      <thead>
        <tr>
          <th scope="col">Plan</th>
          <th scope="col">Cycle</th>
          <th scope="col" className="num">
            Commitments
          </th>
          <th scope="col">Co-creation</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <tr key={p.plan_id}>
            <td title={p.title ? p.plan_id : undefined}>
              {p.title ?? p.plan_id}
              {p.era && <span className="muted"> ({p.era})</span>}
            </td>
            <td className="nowrap">{p.cycle ?? '—'}</td>
            <td className="num">{p.commitments}</td>
            <td>{coCreationText(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
