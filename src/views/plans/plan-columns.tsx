import { EN, type Translator } from '../../i18n/translator';
import { valueLabel } from '../../state/filter-summary';
import { createColumnHelper } from '@tanstack/react-table';
import type { PlanRow } from '../../queries/plans';
import type { Features } from '../../tables/features';
import { MemberLink } from '../member/MemberLink';

const helper = createColumnHelper<Features, PlanRow>();

const level = (v: string | null, tr: Translator) =>
  v === null ? '—' : v === 'no_consultation' ? tr.t('member.level_no_consultation') : v;
const text = (v: string | number | null) => (v === null ? '—' : String(v));
const num = {
  sortFn: 'basic' as const,
  sortUndefined: 'last' as const,
  meta: { align: 'right' as const },
};

/** The action-plans table: identity, then the co-creation facts (irm-methodology.md §7). */
export const planTableColumns = (tr: Translator = EN) =>
  helper.columns([
    helper.accessor((p) => p.member ?? '', {
      id: 'member',
      header: tr.t('plans.h_member'),
      cell: (c) => {
        const p = c.row.original;
        return (
          <>
            {p.member_id ? <MemberLink id={p.member_id}>{p.member}</MemberLink> : text(p.member)}
            <br />
            <span className="muted small">
              {p.kind ? valueLabel('kinds', p.kind, tr).toLowerCase() : tr.t('plans.kindUnknown')}
            </span>
          </>
        );
      },
    }),
    helper.accessor((p) => p.title ?? p.plan_id, {
      id: 'plan',
      header: tr.t('plans.h_plan'),
      cell: (c) => {
        const p = c.row.original;
        return (
          <span
            className="plan-cell"
            title={p.source ? tr.t('plans.source', { source: p.source }) : undefined}
          >
            {p.title ?? p.plan_id}
            {p.title && <span className="muted small">{p.plan_id}</span>}
          </span>
        );
      },
    }),
    helper.accessor((p) => p.cycle ?? '', {
      id: 'cycle',
      header: tr.t('plans.h_cycle'),
      meta: { nowrap: true },
    }),
    helper.accessor('commitments', { header: tr.t('plans.h_commitments'), ...num }),
    helper.accessor((p) => level(p.influence_development, tr), {
      id: 'influence_development',
      header: tr.t('plans.h_influenceDev'),
    }),
    helper.accessor((p) => level(p.influence_implementation, tr), {
      id: 'influence_implementation',
      header: tr.t('plans.h_influenceImpl'),
    }),
    helper.accessor((p) => text(p.participation), {
      id: 'participation',
      header: tr.t('plans.h_participation'),
    }),
    helper.accessor((p) => text(p.forum), { id: 'forum', header: tr.t('plans.h_forum') }),
    helper.accessor((p) => text(p.minimum_requirement_met), {
      id: 'minimum_requirement_met',
      header: tr.t('plans.h_minimum'),
    }),
    helper.accessor((p) => p.participating_groups ?? undefined, {
      id: 'participating_groups',
      header: tr.t('plans.h_groups'),
      cell: (c) => text(c.row.original.participating_groups),
      ...num,
    }),
    helper.accessor((p) => p.public_meetings ?? undefined, {
      id: 'public_meetings',
      header: tr.t('plans.h_meetings'),
      cell: (c) => text(c.row.original.public_meetings),
      ...num,
    }),
  ]);

export const PLAN_TABLE_COLUMNS = planTableColumns();
