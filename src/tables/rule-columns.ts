import { EN, type Translator } from '../i18n/translator';
import { createColumnHelper } from '@tanstack/react-table';
import type { MethodologyRule } from '../vocab';
import type { Features } from './features';

const helper = createColumnHelper<Features, MethodologyRule>();

export const ruleColumns = (tr: Translator = EN) =>
  helper.columns([
    helper.accessor('field', { header: tr.t('overview.h_field') }),
    helper.accessor((r) => tr.t(`overview.era_${r.era}`), {
      id: 'era',
      header: tr.t('overview.h_era'),
    }),
    helper.accessor('rule', { header: tr.t('overview.h_rule'), enableSorting: false }),
    helper.accessor('source', { header: tr.t('overview.h_source') }),
    helper.accessor((r) => r.reproduces ?? '', {
      id: 'reproduces',
      header: tr.t('overview.h_reproduces'),
    }),
  ]);

export const RULE_COLUMNS = ruleColumns();
