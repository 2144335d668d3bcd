import { createColumnHelper } from '@tanstack/react-table';
import { formatCount, formatInterval, formatPercent } from '../lib/format';
import type { MetricValue } from '../metrics';
import type { Features } from './features';

/** One metric's figures, as the overview table shows them next to its chart. */
export interface MetricRow extends MetricValue {
  label: string;
  smallN: boolean;
}

const helper = createColumnHelper<Features, MetricRow>();

export const METRIC_COLUMNS = helper.columns([
  helper.accessor('label', { header: 'Metric' }),
  helper.accessor((r) => r.share ?? -1, {
    id: 'share',
    header: 'Share',
    sortFn: 'basic',
    meta: { align: 'right' },
    cell: (c) => {
      const r = c.row.original;
      return r.share === null ? '—' : formatPercent(r.share) + (r.smallN ? ' (small n)' : '');
    },
  }),
  helper.accessor('yes', {
    header: 'Yes',
    sortFn: 'basic',
    meta: { align: 'right' },
    cell: (c) => formatCount(c.getValue()),
  }),
  helper.accessor('n', {
    header: 'n (rated)',
    sortFn: 'basic',
    meta: { align: 'right' },
    cell: (c) => formatCount(c.getValue()),
  }),
  helper.accessor((r) => (r.ci95 ? formatInterval(r.ci95) : '—'), {
    id: 'ci95',
    header: '95% interval (Wilson)',
    enableSorting: false,
    meta: { align: 'right' },
  }),
]);
