/**
 * What a chart card holds of its ECharts instance. The plain-SVG poster (LazyChart) hands over
 * a stand-in with `resize` alone.
 */
export interface Resizable {
  resize(opts?: { width: 'auto'; height: 'auto' }): void;
  getZr?(): unknown;
}

type Refresh = (opt?: unknown) => unknown;
interface Painter {
  type?: string;
  refresh: Refresh;
}
interface Zr {
  painter?: Painter;
  refresh(): void;
}

// echarts-for-react creates the instance with its first size as fixed numbers: 'auto' makes
// ECharts measure the container again (what the wrapper's own resize does).
const AUTO = { width: 'auto', height: 'auto' } as const;

/**
 * ECharts' resize first repaints the *old* picture at the new size (zrender's canvas painter
 * refreshes every layer when its size changes), then lays out the option and paints it again
 * on the next frame. On a filter change that also changes a chart's height (heatmap and
 * distribution rows) that wasted paint of a large canvas was the single largest cost. Here the
 * resize's own paint is skipped, and the next frame paints every layer (resizing a canvas
 * clears it, so a layer whose elements did not change must be drawn too).
 */
export function resizeChart(chart: Resizable): void {
  const zr = chart.getZr?.() as Zr | undefined;
  const painter = zr?.painter;
  if (!zr || painter?.type !== 'canvas') {
    chart.resize(AUTO);
    return;
  }
  const refresh = painter.refresh;
  let skipped = false;
  painter.refresh = function (this: Painter) {
    skipped = true;
    return this;
  };
  try {
    chart.resize(AUTO);
  } finally {
    painter.refresh = refresh;
  }
  if (!skipped) return;
  painter.refresh = function (this: Painter, opt?: unknown) {
    const o = (opt && typeof opt === 'object' ? opt : { paintAll: !!opt }) as {
      refresh?: boolean;
    };
    // A hover-only refresh does not draw the main layers: keep waiting for the real one.
    if (o.refresh === false) return refresh.call(this, o);
    painter.refresh = refresh;
    return refresh.call(this, { ...o, paintAll: true });
  };
  zr.refresh();
}
