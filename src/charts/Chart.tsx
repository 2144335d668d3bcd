import EChartsReactCore from 'echarts-for-react/esm/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the charts use, to keep the bundle small. SVG keeps labels crisp and selectable.
echarts.use([BarChart, GridComponent, TitleComponent, TooltipComponent, SVGRenderer]);

interface ChartProps {
  option: object;
  /** Accessible name of the figure (its text equivalent sits next to it). */
  label: string;
  height?: number;
  testId?: string;
  onRendered?: () => void;
}

/** The one thin ECharts wrapper: options come from the pure builders in src/charts. */
export function Chart({ option, label, height = 360, testId, onRendered }: ChartProps) {
  return (
    <figure className="chart" role="img" aria-label={label} data-testid={testId}>
      <EChartsReactCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: 'svg' }}
        style={{ height, width: '100%' }}
        onChartReady={onRendered}
      />
    </figure>
  );
}
