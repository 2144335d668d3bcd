import { useView } from '../../hooks/app-context';
import { formatCount } from '../../lib/format';
import type { Neighbours } from '../../queries/explore';
import { exploreParamsOnly } from '../explore/explore-params';
import { CommitmentLink } from './CommitmentLink';

/** Previous / next within the current selection (Explore's filters, search and sort). */
export function NeighbourNav({ neighbours }: { neighbours: Neighbours | null }) {
  const { params, navigate } = useView();
  const carry = exploreParamsOnly(params);
  return (
    <nav className="neighbours" aria-label="Within the current selection" data-testid="neighbours">
      <button type="button" onClick={() => navigate({ tab: 'explore', params: carry })}>
        ← Back to the list
      </button>
      {neighbours ? (
        <>
          <span className="muted">
            {formatCount(neighbours.position)} of {formatCount(neighbours.total)} in the current
            selection
          </span>
          {neighbours.prev_id && (
            <CommitmentLink id={neighbours.prev_id} params={carry} testId="prev-commitment">
              ‹ Previous ({neighbours.prev_id})
            </CommitmentLink>
          )}
          {neighbours.next_id && (
            <CommitmentLink id={neighbours.next_id} params={carry} testId="next-commitment">
              Next ({neighbours.next_id}) ›
            </CommitmentLink>
          )}
        </>
      ) : (
        <span className="muted">Not in the current selection (filters or search exclude it).</span>
      )}
    </nav>
  );
}
