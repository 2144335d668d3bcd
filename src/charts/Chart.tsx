import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useMemo, type ReactNode } from 'react';
import { useView } from '../hooks/app-context';
import { FlatHeatmapChart } from './heatmap-chart';
import { withA11y } from './palette';
import { withSpareBottom } from './spare-bottom';

// Only what the charts use, to keep the bundle small. SVG keeps labels crisp and selectable.
echarts.use([
  AriaComponent,
  BarChart,
  FlatHeatmapChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
  CanvasRenderer,
]);

interface ChartProps {
  option: object;
  /** Accessible name of the figure (its text equivalent sits next to it). */
  label: string;
  height?: number;
  testId?: string;
  onRendered?: (instance: { resize(opts?: { width: 'auto'; height: 'auto' }): void }) => void;
  /** ECharts events (click, rendered, …); keep the object stable (useMemo). */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Canvas for charts with thousands of marks (SVG DOM that size is slow to update and paint). */
  renderer?: 'svg' | 'canvas';
  /**
   * Draw a new option on the next frame instead of inside setOption: when the height changes
   * too, the resize that follows then draws once at the new size instead of twice.
   */
  lazyUpdate?: boolean;
  /**
   * false: the caller resizes the chart (onRendered hands it the instance). The height then sits
   * on the figure, so a new height does not make the wrapper resize on its own: every ECharts
   * resize re-renders the whole chart, even at the same size.
   */
  autoResize?: boolean;
  /**
   * With autoResize off: the height of the drawing surface, ≥ height. The figure shows
   * `height` of it, and the option's bottom margins grow by the difference, so the picture is
   * the same; a height change within the room then redraws without resizing the canvas.
   */
  room?: number;
  /** Drawn over the chart (LabelLayer), once ECharts has loaded; it must let the pointer through. */
  overlay?: ReactNode;
}

/** The one thin ECharts wrapper: options come from the pure builders in src/charts. */
export function Chart({
  option,
  label,
  height = 360,
  testId,
  onRendered,
  onEvents,
  renderer = 'svg',
  lazyUpdate = false,
  autoResize = true,
  room = height,
  overlay,
}: ChartProps) {
  // ECharts' aria component: our name on its canvas/SVG, and decal patterns when `?decal=1`.
  const { decal } = useView();
  const spare = Math.max(0, room - height);
  const shown = useMemo(() => {
    const o = withA11y(option, { decal, label });
    return autoResize ? o : withSpareBottom(o, spare);
  }, [option, decal, label, spare, autoResize]);
  return (
    <figure
      className="chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      // Relative: the overlay is laid over the chart.
      style={
        autoResize ? { position: 'relative' } : { height, overflow: 'hidden', position: 'relative' }
      }
    >
      <EChartsReactCore
        echarts={echarts}
        option={shown}
        notMerge
        opts={{ renderer }}
        style={autoResize ? { height, width: '100%' } : { height: room, width: '100%' }}
        onChartReady={onRendered}
        onEvents={onEvents}
        lazyUpdate={lazyUpdate}
        autoResize={autoResize}
      />
      {overlay}
    </figure>
  );
}
