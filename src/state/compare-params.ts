import { z } from 'zod';
import { METRIC_IDS, type MetricId } from '../metrics';
import { DIST_FIELD_IDS, type DistField } from '../queries/distribution';
import type { ParamValues } from './view-params';

export const COMPARE_VIEWS = ['heatmap', 'distribution', 'quadrant', 'pipeline'] as const;
export type CompareSubview = (typeof COMPARE_VIEWS)[number];
export const SORTS = ['value', 'name', 'region'] as const;
export type RowSort = (typeof SORTS)[number];
export type EraMode = 'split' | 'pooled';

const metric = z.enum(METRIC_IDS as [MetricId, ...MetricId[]]);
const eraMode = z.enum(['split', 'pooled']);

/** Compare: ?view=heatmap&metric=…&sort=…&eras=split|pooled&field=…&states=…&unit=…&rows=40|all */
export const COMPARE_PARAMS = {
  view: z.enum(COMPARE_VIEWS),
  metric,
  sort: z.enum(SORTS),
  eras: eraMode,
  field: z.enum(DIST_FIELD_IDS as [DistField, ...DistField[]]),
  states: z.enum(['show', 'hide']),
  unit: z.enum(['member', 'plan']),
  rows: z.enum(['40', 'all']),
};
export type CompareParams = ParamValues<typeof COMPARE_PARAMS>;

export const COMPARE_DEFAULTS: CompareParams = {
  view: 'heatmap',
  metric: 'verifiable',
  sort: 'value',
  eras: 'split',
  field: 'completion',
  states: 'show',
  unit: 'member',
  rows: '40',
};

/** Trends: ?metric=…&eras=split|pooled (the members come from the global member filter). */
export const TRENDS_PARAMS = { metric, eras: eraMode };
export type TrendsParams = ParamValues<typeof TRENDS_PARAMS>;
export const TRENDS_DEFAULTS: TrendsParams = { metric: 'high_completion', eras: 'split' };
