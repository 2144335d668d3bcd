import { useEffect, useLayoutEffect, useRef } from 'react';

export interface Resizable {
  resize(opts?: { width: 'auto'; height: 'auto' }): void;
}

// echarts-for-react creates the instance with its first size as fixed numbers: 'auto' makes
// ECharts measure the container again (what the wrapper's own resize does).
const AUTO = { width: 'auto', height: 'auto' } as const;

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
    chart.current?.resize(AUTO);
  }, [height]);
  useEffect(() => {
    let frame = 0;
    const onResize = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => chart.current?.resize(AUTO));
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return chart;
}
