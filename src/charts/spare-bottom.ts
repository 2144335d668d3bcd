/**
 * The option laid out on a surface `spare` px taller than it is shown: every component placed
 * from the bottom edge (grids, legends, titles) moves up by `spare`, so what is drawn sits in
 * the shown part, exactly where it would on a surface of the shown height. Tooltips are kept
 * in the shown part too: ECharts would place one below the pointer wherever the surface has
 * room, and the figure clips the spare part. (Moving tooltips to the page body instead made
 * ECharts measure the page on every redraw.)
 */
export function withSpareBottom(option: object, spare: number): object {
  if (spare === 0) return option;
  const o = option as Record<string, unknown>;
  const out: Record<string, unknown> = { ...o };
  const tip = o.tooltip;
  if (tip && typeof tip === 'object' && !Array.isArray(tip) && !('position' in tip)) {
    out.tooltip = { ...tip, position: keepAbove(spare) };
  }
  const lift = (c: unknown): unknown => {
    if (Array.isArray(c)) return c.map(lift);
    if (!c || typeof c !== 'object') return c;
    const { bottom } = c as { bottom?: unknown };
    return typeof bottom === 'number' ? { ...c, bottom: bottom + spare } : c;
  };
  for (const k of ['grid', 'legend', 'title', 'visualMap', 'dataZoom', 'graphic']) {
    if (k in o) out[k] = lift(o[k]);
  }
  return out;
}

interface TooltipSize {
  contentSize: [number, number];
  viewSize: [number, number];
}

const GAP = 12;

/** Beside the pointer like ECharts' own placement, flipped to stay within the shown part. */
function keepAbove(spare: number) {
  return (point: [number, number], _p: unknown, _d: unknown, _r: unknown, size: TooltipSize) => {
    const [x, y] = point;
    const [w, h] = size.contentSize;
    const [width, height] = size.viewSize;
    const shown = height - spare;
    const left = x + GAP + w <= width ? x + GAP : Math.max(0, x - GAP - w);
    const top = y + GAP + h <= shown ? y + GAP : Math.max(0, y - GAP - h);
    return [left, top];
  };
}
