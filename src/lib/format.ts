import { EN, type Translator } from '../i18n/translator';

/** Number formatting for figures on screen, in the UI language (English by default). */
export function formatCount(n: number, tr: Translator = EN): string {
  return tr.number(n);
}

/** 0.6234 → "62%" ("62 %" in French); shares below 1% keep one decimal so they do not read as zero. */
export function formatPercent(share: number, tr: Translator = EN): string {
  const pct = share * 100;
  return tr.percent(share, pct > 0 && pct < 1 ? 1 : 0);
}

/** "62% (n=1,234)", or "no rated commitments (n=0)". */
export function formatShare(share: number | null, n: number, tr: Translator = EN): string {
  if (share === null || n === 0) return tr.t('format.noRated', { n: formatCount(n, tr) });
  return tr.t('format.shareN', { share: formatPercent(share, tr), n: formatCount(n, tr) });
}

/** "59–65%" for a 95% interval ("59–65 %" in French). */
export function formatInterval(ci: readonly [number, number], tr: Translator = EN): string {
  return `${tr.number(Math.round(ci[0] * 100))}–${tr.percent(Math.round(ci[1] * 100) / 100)}`;
}

/** "1,234 of 2,000" */
export function formatOf(part: number, whole: number, tr: Translator = EN): string {
  return tr.t('format.of', { part: formatCount(part, tr), whole: formatCount(whole, tr) });
}

/** An axis tick for a value already in percent (0–100): "40%" / "40 %". */
export function percentTick(tr: Translator = EN): (value: number) => string {
  return (value) => tr.percent(value / 100);
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
