import { HeatmapChart } from 'echarts/charts';

type Installer = typeof HeatmapChart;
type Registers = Parameters<Installer>[0];
type RenderOnGrid = (this: unknown, ...args: unknown[]) => void;
interface ViewClass {
  prototype: { _renderOnGridLike?: RenderOnGrid };
}

const patched = new WeakSet<object>();

/**
 * ECharts 6.1's heatmap view marks every cell as incremental even when it draws the whole
 * series at once (its `getIncrementalId(series, undefined)` reads "yes"), so zrender splits the
 * chart into three full-size canvas layers — axes, cells, labels — and clears, draws and
 * composites all three on every change. Drawing in one pass means one layer: the cells are drawn
 * non-incremental unless ECharts really renders them progressively (it then passes `true`).
 */
export const FlatHeatmapChart: Installer = (registers: Registers) => {
  HeatmapChart({
    ...registers,
    registerChartView(View: ViewClass) {
      const proto = View.prototype;
      const render = proto._renderOnGridLike;
      if (render && !patched.has(proto)) {
        patched.add(proto);
        proto._renderOnGridLike = function (...args: unknown[]) {
          if (args[4] === undefined) args[4] = false;
          return render.apply(this, args);
        };
      }
      registers.registerChartView(View as never);
    },
  } as Registers);
};
