import { translateRuleNote, useT } from '../../i18n';
import { valueLabel } from '../../state/filter-summary';

import type { ReactNode } from 'react';
import { safeHttpUrl } from '../../lib/safe-url';
import { splitList } from '../../lib/text-list';
import { textOf, type CommitmentDetail } from '../../queries/commitment';
import { MemberLink } from '../member/MemberLink';

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
  const tr = useT();
  const t = (c: string) => textOf(row, c);
  const era = t('era');
  const url = safeHttpUrl(t('url'));
  const memberId = t('member_id');
  const planTitle = t('plan_title');
  return (
    <dl className="facts commitment-facts" data-testid="commitment-facts">
      <Fact term={tr.t('commitment.f_identifier')}>{t('commitment_id')}</Fact>
      <Fact term={tr.t('commitment.f_member')}>
        {memberId ? <MemberLink id={memberId}>{t('member')}</MemberLink> : t('member')}
        <span className="muted">
          {' '}
          (
          {[
            t('kind') && valueLabel('kinds', t('kind') ?? '', tr).toLowerCase(),
            t('region'),
            t('parent_country'),
          ]
            .filter(Boolean)
            .join(', ')}
          )
        </span>
      </Fact>
      <Fact term={tr.t('commitment.f_plan')}>
        {[t('plan_id'), planTitle].filter(Boolean).join(' — ') || '—'}
        {t('plan_number') && (
          <span className="muted">
            {tr.t('commitment.planNumber', { number: t('plan_number') ?? '' })}
          </span>
        )}
      </Fact>
      <Fact term={tr.t('commitment.f_cycle')}>{t('cycle') ?? '—'}</Fact>
      <Fact term={tr.t('commitment.f_era')}>
        {era === 'pre2020' || era === 'refresh' ? tr.t(`commitment.era_${era}`) : (era ?? '—')}
        {t('era_rule') && (
          <span className="muted"> — {translateRuleNote(t('era_rule') ?? '', tr)}</span>
        )}
      </Fact>
      <Fact term={tr.t('commitment.f_number')}>{t('commitment_number') ?? '—'}</Fact>
      <Fact term={tr.t('commitment.f_dates')}>
        {t('start_date_raw') ?? '—'} → {t('end_date_raw') ?? '—'}
      </Fact>
      <Fact term={tr.t('commitment.f_lead')}>
        <List items={splitList(t('lead_institutions'))} />
      </Fact>
      <Fact term={tr.t('commitment.f_supporting')}>
        <List items={splitList(t('supporting_institutions'))} />
      </Fact>
      <Fact term={tr.t('commitment.f_themes')}>
        <List items={splitList(t('theme'))} />
      </Fact>
      <Fact term={tr.t('commitment.f_policy')}>
        <List items={splitList(t('policy_areas'))} />
      </Fact>
      <Fact term={tr.t('commitment.f_values')}>
        <List
          items={splitList(t('ogp_values')).map((v) =>
            valueLabel('values', v, tr) === v
              ? v.replaceAll('_', ' ')
              : valueLabel('values', v, tr).toLowerCase(),
          )}
        />
      </Fact>
      <Fact term={tr.t('commitment.f_reports')}>
        <List items={splitList(t('irm_reports'))} />
      </Fact>
      <Fact term={tr.t('commitment.f_source')}>
        {[
          t('source'),
          t('source_file') &&
            tr.t('commitment.sourceRow', {
              file: t('source_file') ?? '',
              row: t('source_row') ?? '',
            }),
        ]
          .filter(Boolean)
          .join(' — ')}
      </Fact>
      {url && (
        <Fact term={tr.t('commitment.f_ogpSite')}>
          <a href={url} rel="noopener noreferrer" target="_blank" data-testid="ogp-link">
            {url}
          </a>
        </Fact>
      )}
    </dl>
  );
}
