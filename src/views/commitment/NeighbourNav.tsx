import { useT } from '../../i18n';
import { useView } from '../../hooks/app-context';
import { formatCount } from '../../lib/format';
import type { Neighbours } from '../../queries/explore';
import { exploreParamsOnly } from '../explore/explore-params';
import { CommitmentLink } from './CommitmentLink';

/** Previous / next within the current selection (Explore's filters, search and sort). */
export function NeighbourNav({ neighbours }: { neighbours: Neighbours | null }) {
  const { params, navigate } = useView();
  const carry = exploreParamsOnly(params);
  const tr = useT();
  return (
    <nav className="neighbours" aria-label="Within the current selection" data-testid="neighbours">
      <button type="button" onClick={() => navigate({ tab: 'explore', params: carry })}>
        {tr.t('commitment.backToList')}
      </button>
      {neighbours ? (
        <>
          <span className="muted">
            {tr.t('commitment.position', {
              position: formatCount(neighbours.position, tr),
              total: formatCount(neighbours.total, tr),
            })}
          </span>
          {neighbours.prev_id && (
            <CommitmentLink id={neighbours.prev_id} params={carry} testId="prev-commitment">
              {tr.t('commitment.previous', { id: neighbours.prev_id })}
            </CommitmentLink>
          )}
          {neighbours.next_id && (
            <CommitmentLink id={neighbours.next_id} params={carry} testId="next-commitment">
              {tr.t('commitment.next', { id: neighbours.next_id })}
            </CommitmentLink>
          )}
        </>
      ) : (
        <span className="muted">{tr.t('commitment.notInSelection')}</span>
      )}
    </nav>
  );
}
