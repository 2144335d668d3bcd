import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useT, type Translator } from '../../i18n';
import type { CsvTable } from '../../lib/chart-csv';
import { formatCount, formatInterval, formatPercent } from '../../lib/format';
import type { Filters } from '../../queries/filters';
import { withValue } from '../../state/filter-summary';
import { DataTable } from '../../tables/DataTable';
import type { Features } from '../../tables/features';

/** One figure of a chart as a table row: its descriptive cells, then yes / n / share / interval. */
export interface ShareRow {
  /** Stable id, also written as data-key on the share cell (tests read the numbers there). */
  key: string;
  cells: readonly string[];
  yes: number;
  n: number;
  share: number | null;
  ci95: readonly [number, number] | null;
  small: boolean;
}

const helper = createColumnHelper<Features, ShareRow>();

/** A chart click's keyboard equivalent for one row: what it filters by, and doing it. */
export type RowPick = (row: ShareRow) => { name: string; run: () => void } | null;

function columnsFor(
  headers: readonly string[],
  yesLabel: string,
  tr: Translator,
  pick?: RowPick,
  pickLabel?: (name: string) => string,
): ColumnDef<Features, ShareRow>[] {
  return helper.columns([
    ...headers.map((h, i) =>
      helper.accessor((r) => r.cells[i] ?? '', {
        id: `c${i}`,
        header: h,
        ...(i === 0 && pick
          ? {
              cell: (c) => {
                const action = pick(c.row.original);
                if (!action) return String(c.getValue());
                return (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={pickLabel?.(String(c.getValue()))}
                    onClick={action.run}
                    data-pick={action.name}
                  >
                    {String(c.getValue())}
                  </button>
                );
              },
            }
          : {}),
      }),
    ),
    helper.accessor((r) => r.share ?? -1, {
      id: 'share',
      header: tr.t('compare.h_share'),
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (c) => {
        const r = c.row.original;
        return (
          <span data-key={r.key} data-yes={r.yes} data-n={r.n} data-share={r.share ?? ''}>
            {r.share === null
              ? '—'
              : formatPercent(r.share, tr) + (r.small ? tr.t('compare.smallNMark') : '')}
          </span>
        );
      },
    }),
    helper.accessor('yes', {
      header: yesLabel,
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (c) => formatCount(c.getValue(), tr),
    }),
    helper.accessor('n', {
      header: 'n',
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (c) => formatCount(c.getValue(), tr),
    }),
    helper.accessor((r) => (r.ci95 ? formatInterval(r.ci95, tr) : '—'), {
      id: 'ci95',
      header: tr.t('format.interval'),
      enableSorting: false,
      meta: { align: 'right' },
    }),
  ]);
}

interface ShareTableProps {
  headers: readonly string[];
  rows: readonly ShareRow[];
  caption: string;
  testId: string;
  /** What "yes" counts, e.g. "Yes" or "Commitments" (default: "Yes" in the UI language). */
  yesLabel?: string;
  /** Makes the first cell a button doing what clicking the chart does (keyboard users). */
  pick?: RowPick;
}

export function ShareTable({ headers, rows, caption, testId, yesLabel, pick }: ShareTableProps) {
  const tr = useT();
  const yes = yesLabel ?? tr.t('compare.h_yes');
  const columns = useMemo(
    () => columnsFor(headers, yes, tr, pick, (name) => tr.t('a11y.filterBy', { name })),
    [headers, yes, tr, pick],
  );
  const table = (
    <DataTable
      columns={columns}
      data={rows}
      caption={caption}
      testId={testId}
      pageSize={25}
      getRowId={(r) => r.key}
    />
  );
  if (!pick) return table;
  return (
    <>
      <p className="note">{tr.t('a11y.filterHint')}</p>
      {table}
    </>
  );
}

/** The same rows for the CSV export. */
export function shareCsv(
  headers: readonly string[],
  rows: readonly ShareRow[],
  yesLabel = 'yes',
): CsvTable {
  return {
    header: [...headers, yesLabel, 'n', 'share', 'ci95_low', 'ci95_high', 'small_n'],
    rows: rows.map((r) => [
      ...r.cells,
      r.yes,
      r.n,
      r.share === null ? '' : Math.round(r.share * 10000) / 10000,
      r.ci95?.[0] ?? '',
      r.ci95?.[1] ?? '',
      r.small ? 'yes' : 'no',
    ]),
  };
}

/**
 * What a click on a member's or a region's mark filters by (a member wins), shared by the chart
 * click and its keyboard twin in the table, so the two can never disagree.
 */
export function markFilter(
  filters: Filters,
  mark: { member?: string | null; region?: string | null } | undefined,
): { name: string; next: Filters } | null {
  if (mark?.member) return { name: mark.member, next: withValue(filters, 'members', mark.member) };
  if (mark?.region) return { name: mark.region, next: withValue(filters, 'regions', mark.region) };
  return null;
}
