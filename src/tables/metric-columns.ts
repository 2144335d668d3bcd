import { EN, type Translator } from '../i18n/translator';
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

/** The overview table's columns, headers and figures in the UI language. */
export const metricColumns = (tr: Translator = EN) =>
  helper.columns([
    helper.accessor('label', { header: tr.t('overview.h_metric') }),
    helper.accessor((r) => r.share ?? -1, {
      id: 'share',
      header: tr.t('compare.h_share'),
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (c) => {
        const r = c.row.original;
        return r.share === null
          ? '—'
          : formatPercent(r.share, tr) + (r.smallN ? tr.t('compare.smallNMark') : '');
      },
    }),
    helper.accessor('yes', {
      header: tr.t('compare.h_yes'),
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (c) => formatCount(c.getValue(), tr),
    }),
    helper.accessor('n', {
      header: tr.t('overview.h_nRated'),
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

export const METRIC_COLUMNS = metricColumns();
