import { createColumnHelper } from '@tanstack/react-table';
import type { PlanRow } from '../../queries/plans';
import type { Features } from '../../tables/features';
import { MemberLink } from '../member/MemberLink';

const helper = createColumnHelper<Features, PlanRow>();

const LEVEL: Record<string, string> = { no_consultation: 'no consultation' };
const level = (v: string | null) => (v === null ? '—' : (LEVEL[v] ?? v));
const text = (v: string | number | null) => (v === null ? '—' : String(v));
const num = {
  sortFn: 'basic' as const,
  sortUndefined: 'last' as const,
  meta: { align: 'right' as const },
};

/** The action-plans table: identity, then the co-creation facts (irm-methodology.md §7). */
export const PLAN_TABLE_COLUMNS = helper.columns([
  helper.accessor((p) => p.member ?? '', {
    id: 'member',
    header: 'Member',
    cell: (c) => {
      const p = c.row.original;
      return (
        <>
          {p.member_id ? <MemberLink id={p.member_id}>{p.member}</MemberLink> : text(p.member)}
          <br />
          <span className="muted small">{p.kind ?? 'kind unknown'}</span>
        </>
      );
    },
  }),
  helper.accessor((p) => p.title ?? p.plan_id, {
    id: 'plan',
    header: 'Plan',
    cell: (c) => {
      const p = c.row.original;
      return (
        <span className="plan-cell" title={p.source ? `Source: ${p.source}` : undefined}>
          {p.title ?? p.plan_id}
          {p.title && <span className="muted small">{p.plan_id}</span>}
        </span>
      );
    },
  }),
  helper.accessor((p) => p.cycle ?? '', { id: 'cycle', header: 'Cycle', meta: { nowrap: true } }),
  helper.accessor('commitments', { header: 'Commit\u00adments', ...num }),
  helper.accessor((p) => level(p.influence_development), {
    id: 'influence_development',
    header: 'Influence: development',
  }),
  helper.accessor((p) => level(p.influence_implementation), {
    id: 'influence_implementation',
    header: 'Influence: implementation',
  }),
  helper.accessor((p) => text(p.participation), { id: 'participation', header: 'Participation' }),
  helper.accessor((p) => text(p.forum), { id: 'forum', header: 'Forum' }),
  helper.accessor((p) => text(p.minimum_requirement_met), {
    id: 'minimum_requirement_met',
    header: 'Minimum met',
  }),
  helper.accessor((p) => p.participating_groups ?? undefined, {
    id: 'participating_groups',
    header: 'Groups',
    cell: (c) => text(c.row.original.participating_groups),
    ...num,
  }),
  helper.accessor((p) => p.public_meetings ?? undefined, {
    id: 'public_meetings',
    header: 'Meetings',
    cell: (c) => text(c.row.original.public_meetings),
    ...num,
  }),
]);
