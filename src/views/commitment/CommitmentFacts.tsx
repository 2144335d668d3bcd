import type { ReactNode } from 'react';
import { safeHttpUrl } from '../../lib/safe-url';
import { splitList } from '../../lib/text-list';
import { textOf, type CommitmentDetail } from '../../queries/commitment';
import { MemberLink } from '../member/MemberLink';

const ERA_LABEL: Record<string, string> = {
  pre2020: 'pre-2020 IRM method',
  refresh: 'IRM Refresh (2020 on)',
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="inline-list">
      {items.map((i, k) => (
        <li key={k}>{i}</li>
      ))}
    </ul>
  );
}

/** Identity, plan, cycle, era, dates, institutions, themes and values: all as text. */
export function CommitmentFacts({ row }: { row: CommitmentDetail }) {
  const t = (c: string) => textOf(row, c);
  const era = t('era');
  const url = safeHttpUrl(t('url'));
  const memberId = t('member_id');
  const planTitle = t('plan_title');
  return (
    <dl className="facts commitment-facts" data-testid="commitment-facts">
      <Fact term="Identifier">{t('commitment_id')}</Fact>
      <Fact term="Member">
        {memberId ? <MemberLink id={memberId}>{t('member')}</MemberLink> : t('member')}
        <span className="muted">
          {' '}
          ({[t('kind'), t('region'), t('parent_country')].filter(Boolean).join(', ')})
        </span>
      </Fact>
      <Fact term="Action plan">
        {[t('plan_id'), planTitle].filter(Boolean).join(' — ') || '—'}
        {t('plan_number') && <span className="muted"> (plan {t('plan_number')})</span>}
      </Fact>
      <Fact term="Cycle">{t('cycle') ?? '—'}</Fact>
      <Fact term="Era">
        {era ? (ERA_LABEL[era] ?? era) : '—'}
        {t('era_rule') && <span className="muted"> — {t('era_rule')}</span>}
      </Fact>
      <Fact term="Commitment no.">{t('commitment_number') ?? '—'}</Fact>
      <Fact term="Dates">
        {t('start_date_raw') ?? '—'} → {t('end_date_raw') ?? '—'}
      </Fact>
      <Fact term="Lead institutions">
        <List items={splitList(t('lead_institutions'))} />
      </Fact>
      <Fact term="Supporting institutions">
        <List items={splitList(t('supporting_institutions'))} />
      </Fact>
      <Fact term="Themes">
        <List items={splitList(t('theme'))} />
      </Fact>
      <Fact term="Policy areas">
        <List items={splitList(t('policy_areas'))} />
      </Fact>
      <Fact term="OGP values">
        <List items={splitList(t('ogp_values')).map((v) => v.replaceAll('_', ' '))} />
      </Fact>
      <Fact term="IRM reports">
        <List items={splitList(t('irm_reports'))} />
      </Fact>
      <Fact term="Source">
        {[t('source'), t('source_file') && `${t('source_file')}, row ${t('source_row')}`]
          .filter(Boolean)
          .join(' — ')}
      </Fact>
      {url && (
        <Fact term="On OGP's site">
          <a href={url} rel="noopener noreferrer" target="_blank" data-testid="ogp-link">
            {url}
          </a>
        </Fact>
      )}
    </dl>
  );
}
