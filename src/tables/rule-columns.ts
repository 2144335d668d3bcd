import { isMessageId } from '../i18n/catalog';
import { EN, type Translator } from '../i18n/translator';
import { createColumnHelper } from '@tanstack/react-table';
import type { MethodologyRule } from '../vocab';
import type { Features } from './features';

const helper = createColumnHelper<Features, MethodologyRule>();

/** A rule in the UI language (English: the crosswalk's own text). */
export function ruleText(r: MethodologyRule, tr: Translator = EN): string {
  const id = `rules.${r.id}`;
  return isMessageId(id) ? tr.t(id) : r.rule;
}

export const ruleColumns = (tr: Translator = EN) =>
  helper.columns([
    helper.accessor((r) => (r.field === 'all ratings' ? tr.t('rules.field_all') : r.field), {
      id: 'field',
      header: tr.t('overview.h_field'),
    }),
    helper.accessor((r) => tr.t(`overview.era_${r.era}`), {
      id: 'era',
      header: tr.t('overview.h_era'),
    }),
    helper.accessor((r) => ruleText(r, tr), {
      id: 'rule',
      header: tr.t('overview.h_rule'),
      enableSorting: false,
    }),
    helper.accessor((r) => tr.t(`rules.source_${r.source}`), {
      id: 'source',
      header: tr.t('overview.h_source'),
    }),
    helper.accessor((r) => r.reproduces ?? '', {
      id: 'reproduces',
      header: tr.t('overview.h_reproduces'),
    }),
  ]);

export const RULE_COLUMNS = ruleColumns();
