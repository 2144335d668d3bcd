import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { posterOf } from './bar-poster';
import { BarPoster } from './BarPoster';

let loaded = false;
const load = () =>
  import('./Chart').then((m) => {
    loaded = true;
    return m;
  });
const ChartImpl = lazy(() => load().then((m) => ({ default: m.Chart })));

/**
 * ECharts is most of the app's JavaScript, so it lives in its own chunk, fetched when a chart
 * needs it. The landing view's chart starts as a plain-SVG poster (bar-poster.ts): the first
 * paint and a cold load do not wait for ECharts, which takes over when the chart is pointed at
 * or focused (for its tooltips), or at once when another view already loaded it.
 */
export function preloadChart(): void {
  void load();
}

export function LazyChart(props: ComponentProps<typeof ChartImpl>) {
  const poster = posterOf(props.option);
  const [awake, setAwake] = useState(loaded);
  const { onRendered } = props;
  const showPoster = poster !== undefined && !awake;
  useEffect(() => {
    if (!showPoster || !onRendered) return;
    // The poster is drawn once React committed it: report it on the frame it is painted in.
    const frame = requestAnimationFrame(() => onRendered({ resize: () => {} }));
    return () => cancelAnimationFrame(frame);
  }, [showPoster, onRendered, props.option]);
  const height = props.height ?? 360;
  if (poster && showPoster) {
    return (
      <BarPoster
        spec={poster}
        height={height}
        label={props.label}
        testId={props.testId}
        onWake={() => setAwake(true)}
      />
    );
  }
  return (
    <Suspense
      fallback={
        poster ? (
          <BarPoster
            spec={poster}
            height={height}
            label={props.label}
            testId={props.testId}
            onWake={() => {}}
          />
        ) : (
          <div className="chart" style={{ height }} />
        )
      }
    >
      <ChartImpl {...props} />
    </Suspense>
  );
}
