export {
  METRICS,
  METRIC_IDS,
  SMALL_N,
  metricValue,
  metricLabel,
  metricDescription,
  type MetricId,
  type MetricValue,
  type MetricDefinition,
} from './metrics';
export { wilson } from './wilson';
export { DEFAULT_SWITCHES, type Switches } from './switches';
