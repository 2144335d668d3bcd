import { EN, type Translator } from '../i18n/translator';
import { METRICS, metricLabel, type MetricId } from '../metrics';
import type { Switches } from '../metrics/switches';

/**
 * Composite measures built only from the metric definitions in src/metrics: a commitment meets a
 * composite when it meets every part. Three-valued (Kleene) AND: 'no' as soon as one part is
 * 'no' (it cannot pass), 'yes' when every part is 'yes', otherwise unknown — and unknown is kept
 * out of the rated denominator exactly like a pending or missing rating.
 */
export const COMPOSITES = {
  design: {
    label: 'Verifiable and ambitious',
    parts: ['verifiable', 'ambition_high'],
  },
  design_completed: {
    label: 'Verifiable, ambitious and high completion',
    parts: ['verifiable', 'ambition_high', 'high_completion'],
  },
  design_completed_results: {
    label: 'Verifiable, ambitious, high completion and strong results',
    parts: ['verifiable', 'ambition_high', 'high_completion', 'strong_results'],
  },
} as const satisfies Record<string, { label: string; parts: readonly MetricId[] }>;

export type CompositeId = keyof typeof COMPOSITES;
export type MeasureId = MetricId | CompositeId;

/** The pipeline's steps, each the composite of every step before it (irm design notes). */
export const PIPELINE_STEPS: readonly { id: MeasureId; label: string }[] = [
  { id: 'verifiable', label: 'Verifiable' },
  { id: 'design', label: '… and ambitious' },
  { id: 'design_completed', label: '… and high completion' },
  { id: 'design_completed_results', label: '… and strong results' },
];

const metricExpression = (id: MetricId, s: Switches): string => {
  const m = METRICS.find((x) => x.id === id);
  if (!m) throw new Error(`unknown metric ${id}`);
  return m.expression(s);
};

export function isMeasureId(id: string): id is MeasureId {
  return id in COMPOSITES || METRICS.some((m) => m.id === id);
}

/** A metric's or composite's name in the UI language. */
export function measureLabel(id: MeasureId, tr: Translator = EN): string {
  if (id in COMPOSITES) return tr.t(`metrics.composite_${id as CompositeId}`);
  return METRICS.some((m) => m.id === id) ? metricLabel(id as MetricId, tr) : id;
}

const STEP_KEYS = ['step_verifiable', 'step_ambitious', 'step_completed', 'step_results'] as const;

/** The pipeline's i-th step in the UI language ("Verifiable", "… and ambitious", …). */
export function pipelineStepLabel(i: number, tr: Translator = EN): string {
  const key = STEP_KEYS[i];
  return key ? tr.t(`metrics.${key}`) : '';
}

/** SQL giving 'yes' | 'no' | a non-rating for the measure (ids come from the fixed lists above). */
export function measureExpression(id: MeasureId, s: Switches): string {
  if (!(id in COMPOSITES)) return metricExpression(id as MetricId, s);
  const parts = COMPOSITES[id as CompositeId].parts.map((p) => `(${metricExpression(p, s)})`);
  return (
    `CASE WHEN ${parts.map((p) => `${p} = 'no'`).join(' OR ')} THEN 'no' ` +
    `WHEN ${parts.map((p) => `${p} = 'yes'`).join(' AND ')} THEN 'yes' ELSE 'unknown' END`
  );
}

const RULES = new Map<MeasureId, { ambition: boolean; stars: boolean }>();

/**
 * Which switch-controlled rules a measure depends on, to name them on charts and exports.
 * The same object for the same measure, so it can sit in a React dependency list.
 */
export function measureRules(id: MeasureId): { ambition: boolean; stars: boolean } {
  let rules = RULES.get(id);
  if (!rules) {
    const parts: readonly MetricId[] =
      id in COMPOSITES ? COMPOSITES[id as CompositeId].parts : [id as MetricId];
    rules = { ambition: parts.includes('ambition_high'), stars: parts.includes('starred') };
    RULES.set(id, rules);
  }
  return rules;
}
