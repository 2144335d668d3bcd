import { useT, type Translator } from '../../i18n';
import type { Notable } from '../../queries/briefing';
import { CommitmentLink } from '../commitment/CommitmentLink';

const SHOWN = 6;

const tags = (n: Notable, tr: Translator) =>
  [
    n.starred && tr.t('member.tag_starred'),
    n.promising && tr.t('member.tag_promising'),
    n.strong_results && tr.t('member.tag_strong'),
  ]
    .filter(Boolean)
    .join(', ');

/** Starred, promising and strong-results commitments, newest plans first. */
export function NotableList({ notable, starRule }: { notable: Notable[]; starRule: string }) {
  const tr = useT();
  const { t } = tr;
  if (notable.length === 0) return <p className="muted">{t('member.noNotable')}</p>;
  return (
    <>
      <ul className="notable" data-testid="notable">
        {notable.slice(0, SHOWN).map((n) => (
          <li key={n.commitment_id}>
            <CommitmentLink id={n.commitment_id} /> {n.title ?? t('commitment.noTitle')}{' '}
            <span className="muted">
              ({n.cycle ?? t('member.noCycle')}; {tags(n, tr)})
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {notable.length > SHOWN ? t('member.more', { count: notable.length - SHOWN }) : ''}
        {t('member.starsUnder', {
          rule: t(starRule === '2015' ? 'member.rule2015' : 'member.ruleCurrent'),
        })}
      </p>
    </>
  );
}
