/**
 * A "poster" of a simple horizontal bar chart: the same title, bars, value labels and axis as
 * the ECharts option, drawn as plain SVG by React without ECharts. The landing view's chart is
 * a poster until someone points at it (then ECharts loads and takes over, with its tooltips):
 * the first chart does not wait for ECharts' ≈ 200 KB (gzip), and a cold load does not fetch it.
 * Builders opt in with posterable(option); any other option goes straight to ECharts.
 */
export interface BarPosterSpec {
  title: string;
  subtitle: string[];
  subtitleColor: string;
  categories: string[];
  bars: { value: number; label: string; opacity: number }[];
  max: number;
  /** Value-axis ticks with their labels, in the option's locale. */
  ticks: { value: number; label: string }[];
  color: string;
  font: string;
  grid: { top: number; left: number; right: number; bottom: number };
  barMaxWidth: number;
}

const specs = new WeakMap<object, BarPosterSpec>();

/** Marks an option as drawable as a poster, with what the poster draws. */
export function posterable<T extends object>(option: T, spec: BarPosterSpec): T {
  specs.set(option, spec);
  return option;
}

export function posterOf(option: object): BarPosterSpec | undefined {
  return specs.get(option);
}
