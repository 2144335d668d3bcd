import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only what the charts use, to keep the bundle small. SVG keeps labels crisp and selectable.
echarts.use([
  BarChart,
  HeatmapChart,
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
  onRendered?: () => void;
  /** ECharts events (click, rendered, …); keep the object stable (useMemo). */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Canvas for charts with thousands of marks (SVG DOM that size is slow to update and paint). */
  renderer?: 'svg' | 'canvas';
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
}: ChartProps) {
  return (
    <figure className="chart" role="img" aria-label={label} data-testid={testId}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer }}
        style={{ height, width: '100%' }}
        onChartReady={onRendered}
        onEvents={onEvents}
      />
    </figure>
  );
}
