import { lazy, Suspense, type ComponentProps } from 'react';

const load = () => import('./Chart');
const ChartImpl = lazy(() => load().then((m) => ({ default: m.Chart })));

/**
 * ECharts is half of the app's JavaScript and no chart can draw before DuckDB has loaded the
 * data, so it lives in its own chunk: the first paint and DuckDB's start do not wait for it.
 */
export function preloadChart(): void {
  void load();
}

export function LazyChart(props: ComponentProps<typeof ChartImpl>) {
  return (
    <Suspense fallback={<div className="chart" style={{ height: props.height ?? 360 }} />}>
      <ChartImpl {...props} />
    </Suspense>
  );
}
