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
  return (
    <section aria-labelledby="commitment-title" className="commitment">
      <AsyncBlock state={state} idle="Load a dataset first.">
        {(page) =>
          page.row ? (
            <>
              <NeighbourNav neighbours={page.neighbours} />
              <Commitment row={page.row} />
            </>
          ) : (
            <>
              <NeighbourNav neighbours={null} />
              <h2 id="commitment-title">No commitment {id}</h2>
              <p>The loaded dataset has no commitment with this identifier.</p>
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
  const rows = useMemo(() => ratingRows(row, switches), [row, switches]);
  const t = (c: string) => textOf(row, c);
  const simulated = load.data?.dataset.simulated ?? false;
  return (
    <article>
      <h2 id="commitment-title">
        <span className="id">{t('commitment_id')}</span> {t('title') ?? '(no title)'}
      </h2>
      <Badges row={row} starRule={switches.starRule} />
      {simulated && (
        <p className="sim-note">SIMULATED DATA: this commitment and its ratings are generated.</p>
      )}
      <CommitmentFacts row={row} />
      <h3>Full text</h3>
      <p className="full-text" data-testid="full-text">
        {t('full_text') ?? 'The source has no full text for this commitment.'}
      </p>
      <h3>Ratings</h3>
      <RatingsTable rows={rows.harmonised} other={rows.other} />
    </article>
  );
}

function Badges({ row, starRule }: { row: CommitmentDetail; starRule: 'current' | '2015' }) {
  const current = textOf(row, 'h_starred') === 'yes';
  const old = textOf(row, 'h_starred_2015') === 'yes';
  const promising = textOf(row, 'h_promising') === 'yes';
  if (!current && !old && !promising) return null;
  return (
    <p className="badges" data-testid="commitment-badges">
      {current && (
        <span className={`badge star${starRule === 'current' ? '' : ' faded'}`}>
          ★ Starred (current formula{starRule === 'current' ? ', in force' : ''})
        </span>
      )}
      {old && (
        <span className={`badge star${starRule === '2015' ? '' : ' faded'}`}>
          ★ Starred (2015-only rule{starRule === '2015' ? ', in force' : ''})
        </span>
      )}
      {promising && <span className="badge promising">Promising</span>}
    </p>
  );
}
