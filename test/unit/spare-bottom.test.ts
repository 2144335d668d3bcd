/** A chart drawn on a taller surface (ChartCard's room) keeps its layout in the shown part. */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { withSpareBottom } from '../../src/charts/spare-bottom';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const option = {
  animation: false,
  tooltip: { trigger: 'item' },
  legend: { bottom: 4, data: ['a'] },
  grid: { top: 40, left: 60, right: 16, bottom: 28 },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: ['x', 'y', 'z'] },
  series: [{ name: 'a', type: 'bar', data: [1, 2, 3] }],
};

function gridRect(o: object, height: number) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height });
  chart.setOption(o as echarts.EChartsCoreOption);
  // ECharts' own layout of the grid, in pixels of the surface.
  const model = (chart as unknown as { getModel(): { getComponent(t: string): unknown } })
    .getModel()
    .getComponent('grid') as { coordinateSystem: { getRect(): object } };
  const rect = { ...model.coordinateSystem.getRect() };
  chart.dispose();
  return rect;
}

describe('withSpareBottom', () => {
  it('lays the grid out where it is on a surface of the shown height', () => {
    const shown = gridRect(option, 300);
    expect(shown).toMatchObject({ y: 40, height: 300 - 40 - 28 });
    expect(gridRect(withSpareBottom(option, 500), 800)).toEqual(shown);
    // Without it the grid would stretch over the whole surface.
    expect(gridRect(option, 800)).not.toEqual(shown);
  });

  it('moves bottom-anchored components up and leaves the rest', () => {
    const o = withSpareBottom(option, 120) as typeof option;
    expect(o.grid.bottom).toBe(148);
    expect(o.legend.bottom).toBe(124);
    expect(o.grid.top).toBe(40);
    expect(option.grid.bottom).toBe(28); // the input is not changed
    expect(withSpareBottom(option, 0)).toBe(option);
  });

  it('places a tooltip within the shown part: above the pointer near its bottom', () => {
    const o = withSpareBottom(option, 500) as typeof option & {
      tooltip: { position: (...a: unknown[]) => [number, number] };
    };
    const size = { contentSize: [100, 60], viewSize: [600, 800] };
    // 300 px shown: a pointer at y = 250 has no room below (250 + 12 + 60 > 300).
    expect(o.tooltip.position([50, 250], null, null, null, size)).toEqual([62, 178]);
    expect(o.tooltip.position([50, 100], null, null, null, size)).toEqual([62, 112]);
    expect(o.tooltip.position([550, 100], null, null, null, size)).toEqual([438, 112]);
  });
});
