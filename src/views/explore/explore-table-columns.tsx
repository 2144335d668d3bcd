import { EN, useT, type Translator } from '../../i18n';
import { createColumnHelper } from '@tanstack/react-table';
import {
  EXPLORE_COLUMNS,
  exploreColumnLabel,
  type ExploreColumn,
} from '../../queries/explore-columns';
import type { ExploreRow } from '../../queries/explore';
import type { Features } from '../../tables/features';
import { CommitmentLink } from '../commitment/CommitmentLink';
import { MemberLink } from '../member/MemberLink';
import { cellText } from './cell-text';

const helper = createColumnHelper<Features, ExploreRow>();

const NOWRAP = new Set([
  'commitment_id',
  'cycle',
  'era',
  'year_submission',
  'start_date',
  'end_date',
]);

function Cell({
  column,
  row,
  carry,
}: {
  column: ExploreColumn;
  row: ExploreRow;
  carry: Record<string, string>;
}) {
  const tr = useT();
  const value = row[column.id];
  const { text, title, muted } = cellText(column, value, tr);
  if (column.id === 'commitment_id' && typeof value === 'string')
    return <CommitmentLink id={value} params={carry} />;
  if (column.id === 'member' && typeof row.member_id === 'string')
    return <MemberLink id={row.member_id}>{text}</MemberLink>;
  if (column.id === 'full_text') return <span className="clamp">{text}</span>;
  if (column.id === 'title') return <span className="cell-title">{text}</span>;
  if (muted || title)
    return (
      <span className="muted" title={title}>
        {text}
      </span>
    );
  return <>{text}</>;
}

/** TanStack columns for the chosen ids; `carry` is the selection a commitment link keeps. */
export function exploreTableColumns(
  ids: readonly string[],
  carry: Record<string, string>,
  tr: Translator = EN,
) {
  const chosen = EXPLORE_COLUMNS.filter((c) => ids.includes(c.id));
  return helper.columns(
    chosen.map((c) =>
      helper.accessor((r) => r[c.id] ?? null, {
        id: c.id,
        header: exploreColumnLabel(c, tr),
        sortDescFirst: c.type === 'int',
        meta: {
          ...(c.type === 'int' ? { align: 'right' as const } : {}),
          nowrap: c.group === 'harmonised' || NOWRAP.has(c.id),
        },
        cell: (ctx) => <Cell column={c} row={ctx.row.original} carry={carry} />,
      }),
    ),
  );
}
