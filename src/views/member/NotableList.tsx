import type { Notable } from '../../queries/briefing';
import { CommitmentLink } from '../commitment/CommitmentLink';

const SHOWN = 6;

const tags = (n: Notable) =>
  [n.starred && 'starred', n.promising && 'promising', n.strong_results && 'strong results']
    .filter(Boolean)
    .join(', ');

/** Starred, promising and strong-results commitments, newest plans first. */
export function NotableList({ notable, starRule }: { notable: Notable[]; starRule: string }) {
  if (notable.length === 0)
    return <p className="muted">No starred, promising or strong-results commitment.</p>;
  return (
    <>
      <ul className="notable" data-testid="notable">
        {notable.slice(0, SHOWN).map((n) => (
          <li key={n.commitment_id}>
            <CommitmentLink id={n.commitment_id} /> {n.title ?? '(no title)'}{' '}
            <span className="muted">
              ({n.cycle ?? 'no cycle'}; {tags(n)})
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {notable.length > SHOWN ? `and ${notable.length - SHOWN} more. ` : ''}Stars under the{' '}
        {starRule === '2015' ? '2015-only rule' : 'current formula'}.
      </p>
    </>
  );
}
