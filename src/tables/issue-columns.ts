import { createColumnHelper } from '@tanstack/react-table';
import type { LoadIssue } from '../ingest';
import type { Features } from './features';

const helper = createColumnHelper<Features, LoadIssue>();

const SEVERITY_RANK: Record<LoadIssue['severity'], number> = { error: 0, warning: 1, info: 2 };

/** The quality report's columns; file-level issues have no row, column or value. */
export const ISSUE_COLUMNS = helper.columns([
  helper.accessor('file', { header: 'File' }),
  helper.accessor((i) => i.row ?? '', {
    id: 'row',
    header: 'Row',
    sortFn: 'basic',
    meta: { align: 'right' },
  }),
  helper.accessor((i) => i.column ?? '', { id: 'column', header: 'Column' }),
  helper.accessor((i) => i.value ?? '', { id: 'value', header: 'Value' }),
  helper.accessor('severity', {
    header: 'Severity',
    sortFn: (a, b) => SEVERITY_RANK[a.original.severity] - SEVERITY_RANK[b.original.severity],
  }),
  helper.accessor('message', { header: 'Message' }),
]);
