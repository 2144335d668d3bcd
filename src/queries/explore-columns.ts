import { isMessageId, type MessageId } from '../i18n/catalog';
import { EN, type Translator } from '../i18n/translator';
import { METRICS, metricLabel, type MetricId, type Switches } from '../metrics';
import { RATING_FIELDS } from '../model/rating-fields';

export type ExploreGroup = 'identity' | 'text' | 'harmonised' | 'raw';

/**
 * A column the Explore table can show, sort and export. The whitelist is the only way a column
 * name from the URL reaches SQL: ids are looked up here and replaced by this fixed text.
 */
export interface ExploreColumn {
  id: string;
  label: string;
  group: ExploreGroup;
  /** SQL expression over `commitments` (fixed text; harmonised ones follow the switches). */
  sql: (s: Switches) => string;
  /** A different expression to sort by (numbers kept as text, case-insensitive text). */
  sortSql?: (s: Switches) => string;
  type: 'text' | 'int';
  /** Shown until the user chooses columns. */
  default: boolean;
}

const col = (
  id: string,
  label: string,
  group: ExploreGroup,
  extra: Partial<ExploreColumn> = {},
): ExploreColumn => ({
  id,
  label,
  group,
  sql: () => id,
  sortSql: () => `lower(strip_accents(${id}))`,
  type: 'text',
  default: false,
  ...extra,
});

const metric = (id: MetricId, label: string, def = false): ExploreColumn => {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(`unknown metric ${id}`);
  return {
    ...col(id, label, 'harmonised', { default: def }),
    sql: m.expression,
    sortSql: m.expression,
  };
};

export const EXPLORE_COLUMNS: readonly ExploreColumn[] = [
  col('commitment_id', 'ID', 'identity', { default: true, sortSql: () => 'commitment_id' }),
  col('member', 'Member', 'identity', { default: true }),
  col('kind', 'Kind', 'identity'),
  col('region', 'Region', 'identity'),
  col('plan_id', 'Action plan', 'identity'),
  col('cycle', 'Cycle', 'identity', { default: true, sortSql: () => 'cycle' }),
  col('era', 'Era', 'identity', { default: true, sortSql: () => 'era' }),
  col('source', 'Source', 'identity'),
  col('year_submission', 'Submitted', 'identity', {
    type: 'int',
    sortSql: () => 'year_submission',
  }),
  col('commitment_number', 'No.', 'identity', {
    sortSql: () => 'try_cast(commitment_number AS INTEGER)',
  }),
  col('title', 'Title', 'text', { default: true }),
  col('short_title', 'Short title', 'text'),
  col('full_text', 'Full text', 'text'),
  col('theme', 'Theme', 'text'),
  col('policy_areas', 'Policy areas', 'text'),
  col('ogp_values', 'OGP values', 'text'),
  col('lead_institutions', 'Lead institutions', 'text'),
  col('supporting_institutions', 'Supporting institutions', 'text'),
  col('start_date', 'Start', 'text', { sortSql: () => 'start_date' }),
  col('end_date', 'End', 'text', { sortSql: () => 'end_date' }),
  metric('verifiable', 'Verifiable', true),
  metric('relevant', 'Relevant'),
  metric('ambition_high', 'High ambition', true),
  metric('high_completion', 'High completion', true),
  metric('strong_results', 'Strong results', true),
  metric('starred', 'Starred', true),
  metric('promising', 'Promising'),
  col('h_completion_final', 'Completion (final)', 'harmonised', {
    sortSql: () => 'h_completion_ord',
  }),
  col('h_results_level', 'Results level (−1..3)', 'harmonised', {
    type: 'int',
    sortSql: () => 'h_results_level',
  }),
  ...RATING_FIELDS.map((f) =>
    col(`${f.id}_raw`, `${f.label} (raw)`, 'raw', { sortSql: () => `${f.id}_ord` }),
  ),
];

const BY_ID = new Map(EXPLORE_COLUMNS.map((c) => [c.id, c]));

/** A column's header in the UI language (the catalog's `explore.col_…`, metric or field name). */
export function exploreColumnLabel(c: Pick<ExploreColumn, 'id' | 'label'>, tr: Translator = EN) {
  if (c.id.endsWith('_raw')) {
    const field = c.id.slice(0, -4);
    return RATING_FIELDS.some((f) => f.id === field)
      ? tr.t('explore.raw', { label: tr.t(`explore.field_${field}` as MessageId) })
      : c.label;
  }
  if (c.id !== 'relevant' && METRICS.some((m) => m.id === c.id))
    return metricLabel(c.id as MetricId, tr);
  const id = `explore.col_${c.id}`;
  return isMessageId(id) ? tr.t(id) : c.label;
}

export function exploreColumn(id: string): ExploreColumn | undefined {
  return BY_ID.get(id);
}

export const DEFAULT_EXPLORE_COLUMNS = EXPLORE_COLUMNS.filter((c) => c.default).map((c) => c.id);

/** Known ids only, in whitelist order, always with the identifier first. */
export function knownColumns(ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  return EXPLORE_COLUMNS.filter((c) => c.id === 'commitment_id' || wanted.has(c.id)).map(
    (c) => c.id,
  );
}
