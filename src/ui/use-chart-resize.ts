import { useEffect, useLayoutEffect, useRef } from 'react';
import { resizeChart, type Resizable } from '../charts/resize-chart';

export type { Resizable };

/**
 * For a chart drawn with autoResize off (see Chart.tsx): hand the instance to the returned ref.
 * A new height resizes it once, after React has set that height — which also draws a pending
 * option (lazyUpdate), so each change is drawn once, at its new size. Width follows the window.
 */
export function useChartResize(height: number) {
  const chart = useRef<Resizable | null>(null);
  const lastHeight = useRef(height);
  useLayoutEffect(() => {
    if (lastHeight.current === height) return;
    lastHeight.current = height;
    if (chart.current) resizeChart(chart.current);
  }, [height]);
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => chart.current && resizeChart(chart.current));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return chart;
}
