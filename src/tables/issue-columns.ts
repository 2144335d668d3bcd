import { EN, type Translator } from '../i18n/translator';
import { translateIssueNote } from '../i18n/issue-notes';
import { createColumnHelper } from '@tanstack/react-table';
import type { LoadIssue } from '../ingest';
import type { Features } from './features';

const helper = createColumnHelper<Features, LoadIssue>();

const SEVERITY_RANK: Record<LoadIssue['severity'], number> = { error: 0, warning: 1, info: 2 };

/** The quality report's columns; file-level issues have no row, column or value. */
export const issueColumns = (tr: Translator = EN) =>
  helper.columns([
    helper.accessor('file', { header: tr.t('overview.h_file') }),
    helper.accessor((i) => i.row ?? '', {
      id: 'row',
      header: tr.t('overview.h_row'),
      sortFn: 'basic',
      meta: { align: 'right' },
    }),
    helper.accessor((i) => i.column ?? '', { id: 'column', header: tr.t('overview.h_column') }),
    helper.accessor((i) => i.value ?? '', { id: 'value', header: tr.t('overview.h_value') }),
    helper.accessor('severity', {
      header: tr.t('overview.h_severity'),
      cell: (c) => tr.t(`data.sev_${c.getValue()}`),
      sortFn: (a, b) => SEVERITY_RANK[a.original.severity] - SEVERITY_RANK[b.original.severity],
    }),
    helper.accessor((i) => translateIssueNote(i.message, tr), {
      id: 'message',
      header: tr.t('overview.h_message'),
    }),
  ]);

export const ISSUE_COLUMNS = issueColumns();
