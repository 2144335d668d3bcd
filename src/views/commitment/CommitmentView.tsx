import { useT } from '../../i18n';
import { useMemo } from 'react';
import { useDataset, useView } from '../../hooks/app-context';
import { textOf, type CommitmentDetail } from '../../queries/commitment';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { CommitmentFacts } from './CommitmentFacts';
import { NeighbourNav } from './NeighbourNav';
import { RatingsTable } from './RatingsTable';
import { ratingRows } from './rating-rows';
import { useCommitment } from './use-commitment';
import './commitment.css';

/** `#commitment/<id>`: one commitment, its full text and every rating, raw and harmonised. */
export function CommitmentView() {
  const { id } = useView();
  const state = useCommitment(id);
  const { t } = useT();
  return (
    <section aria-labelledby="commitment-title" className="commitment">
      <AsyncBlock state={state} idle={t('explore.loadFirst')}>
        {(page) =>
          page.row ? (
            <>
              <NeighbourNav neighbours={page.neighbours} />
              <Commitment row={page.row} />
            </>
          ) : (
            <>
              <NeighbourNav neighbours={null} />
              <h2 id="commitment-title">{t('commitment.notFound', { id: id ?? '' })}</h2>
              <p>{t('commitment.notFoundText')}</p>
            </>
          )
        }
      </AsyncBlock>
    </section>
  );
}

function Commitment({ row }: { row: CommitmentDetail }) {
  const { switches } = useView();
  const { load } = useDataset();
  const tr = useT();
  const rows = useMemo(() => ratingRows(row, switches, tr), [row, switches, tr]);
  const t = (c: string) => textOf(row, c);
  const simulated = load.data?.dataset.simulated ?? false;
  return (
    <article>
      <h2 id="commitment-title">
        <span className="id">{t('commitment_id')}</span> {t('title') ?? tr.t('commitment.noTitle')}
      </h2>
      <Badges row={row} starRule={switches.starRule} />
      {simulated && <p className="sim-note">{tr.t('commitment.simNote')}</p>}
      <CommitmentFacts row={row} />
      <h3>{tr.t('commitment.fullText')}</h3>
      <p className="full-text" data-testid="full-text">
        {t('full_text') ?? tr.t('commitment.noFullText')}
      </p>
      <h3>{tr.t('commitment.ratings')}</h3>
      <RatingsTable rows={rows.harmonised} other={rows.other} />
    </article>
  );
}

function Badges({ row, starRule }: { row: CommitmentDetail; starRule: 'current' | '2015' }) {
  const current = textOf(row, 'h_starred') === 'yes';
  const old = textOf(row, 'h_starred_2015') === 'yes';
  const promising = textOf(row, 'h_promising') === 'yes';
  const { t } = useT();
  if (!current && !old && !promising) return null;
  return (
    <p className="badges" data-testid="commitment-badges">
      {current && (
        <span className={`badge star${starRule === 'current' ? '' : ' faded'}`}>
          {t(
            starRule === 'current'
              ? 'commitment.starredCurrentInForce'
              : 'commitment.starredCurrent',
          )}
        </span>
      )}
      {old && (
        <span className={`badge star${starRule === '2015' ? '' : ' faded'}`}>
          {t(starRule === '2015' ? 'commitment.starred2015InForce' : 'commitment.starred2015')}
        </span>
      )}
      {promising && <span className="badge promising">{t('commitment.promising')}</span>}
    </p>
  );
}
