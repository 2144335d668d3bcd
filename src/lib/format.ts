/** Number formatting for figures on screen (English; the i18n catalogs can swap the locale). */
const COUNT = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** 0.6234 → "62%"; shares below 1% keep one decimal so they do not read as zero. */
export function formatPercent(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 1) return `${pct.toFixed(1)}%`;
  return `${Math.round(pct)}%`;
}

/** "62% (n=1,234)", or "no rated commitments (n=0)". */
export function formatShare(share: number | null, n: number): string {
  if (share === null || n === 0) return `no rated commitments (n=${formatCount(n)})`;
  return `${formatPercent(share)} (n=${formatCount(n)})`;
}

/** "59–65%" for a 95% interval. */
export function formatInterval(ci: readonly [number, number]): string {
  return `${Math.round(ci[0] * 100)}–${Math.round(ci[1] * 100)}%`;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
