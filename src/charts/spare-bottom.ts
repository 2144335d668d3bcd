/**
 * The option laid out on a surface `spare` px taller than it is shown: every component placed
 * from the bottom edge (grids, legends, titles) moves up by `spare`, so what is drawn sits in
 * the shown part, exactly where it would on a surface of the shown height. Tooltips go to the
 * page's body: the figure clips the spare part, and a tooltip near the bottom with it.
 */
export function withSpareBottom(option: object, spare: number): object {
  const o = option as Record<string, unknown>;
  const out: Record<string, unknown> = { ...o };
  if (o.tooltip && typeof o.tooltip === 'object' && !Array.isArray(o.tooltip)) {
    out.tooltip = { ...o.tooltip, appendTo: 'body' };
  }
  if (spare === 0) return out;
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
