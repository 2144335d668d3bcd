/** The two ECharts redraw fixes behind the filter-change budget (bench/filter-change.ts). */
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlatHeatmapChart } from '../../src/charts/heatmap-chart';
import { resizeChart } from '../../src/charts/resize-chart';

/** A chart whose resize repaints at once, as zrender's canvas painter does on a new size. */
function fakeChart() {
  const calls: unknown[] = [];
  let zrRefreshes = 0;
  const painter = {
    type: 'canvas',
    refresh(opt?: unknown) {
      calls.push(opt);
      return painter;
    },
  };
  const zr = { painter, refresh: () => void zrRefreshes++ };
  const chart = {
    resize: () => void painter.refresh({ paintAll: true }),
    getZr: () => zr,
  };
  return { chart, painter, calls, zrRefreshes: () => zrRefreshes };
}

describe('resizeChart', () => {
  it('skips the repaint of the old picture and paints every layer on the next frame', () => {
    const f = fakeChart();
    resizeChart(f.chart);
    expect(f.calls).toEqual([]);
    expect(f.zrRefreshes()).toBe(1);
    f.painter.refresh({ refresh: false, refreshHover: true });
    f.painter.refresh({ refresh: true, refreshHover: false });
    f.painter.refresh({ refresh: true });
    expect(f.calls).toEqual([
      { refresh: false, refreshHover: true },
      { refresh: true, refreshHover: false, paintAll: true },
      { refresh: true },
    ]);
  });

  it('resizes charts without a canvas painter as ECharts does', () => {
    let resized = 0;
    resizeChart({ resize: () => void resized++ });
    expect(resized).toBe(1);
  });
});

describe('FlatHeatmapChart', () => {
  afterEach(() => void vi.unstubAllEnvs());

  it('draws a whole heatmap without incremental elements (one canvas layer)', () => {
    // ECharts' development build demands a visualMap; the app colours cells itself.
    vi.stubEnv('NODE_ENV', 'production');
    echarts.use([FlatHeatmapChart, GridComponent, SVGRenderer]);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 });
    chart.setOption({
      animation: false,
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'category', data: ['x', 'y'] },
      series: [
        {
          type: 'heatmap',
          data: [
            [0, 0, 1],
            [1, 1, 2],
          ],
          itemStyle: { color: '#3b82f6' },
          label: { show: true },
        },
      ],
    });
    const zr = chart.getZr() as unknown as {
      storage: { getDisplayList(update: boolean): { incremental?: number | boolean }[] };
    };
    const list = zr.storage.getDisplayList(true);
    expect(list.length).toBeGreaterThan(2);
    expect(list.filter((el) => el.incremental)).toEqual([]);
    chart.dispose();
  });
});
