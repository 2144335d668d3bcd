/**
 * Chart labels drawn by IRM Atlas over an ECharts chart (LabelLayer.tsx) instead of by ECharts:
 * ECharts builds, styles and sorts one text element per label on every option, which was most
 * of a filter change in the heatmap and the distribution (see bench/RESULTS.md). Each chart's
 * builder computes its labels at the positions ECharts gives its own (tested against ECharts'
 * SVG), and keeps ECharts' labels in the option its exports draw.
 */

/** A label as drawn: its centre in chart pixels, its lines and their colour. */
export interface ChartLabel {
  x: number;
  y: number;
  lines: string[];
  colour: string;
}

/** Font size and line height (px) of a chart's labels, as given to ECharts. */
export interface LabelFont {
  fontSize: number;
  lineHeight: number;
}
