/**
 * What a chart card stamps on itself when ECharts has drawn: `data-rendered` (a copy of its
 * `data-version`, the version of the option its props hold), `data-rendered-at`, and on the next
 * frame `data-painted-at`. The browser tests and bench/filter-change.ts wait on these.
 *
 * The version is read from the card when ECharts draws, not kept in the handler: echarts-for-
 * react's first init awaits a throw-away instance, then binds the `onEvents` and calls the
 * `onChartReady` it read *before* that wait. An option that changed meanwhile was drawn by a
 * handler made for the one before, which stamped the old version, and the card waited for ever
 * (CI, 2026-12-05). React writes `data-version` before any effect or componentDidUpdate of the
 * same commit, so even a synchronous setOption sees the new one.
 */
export function stampRendered(card: HTMLElement | null): void {
  const v = card?.dataset.version;
  if (!card || v === undefined || card.dataset.rendered === v) return;
  card.dataset.rendered = v;
  card.dataset.renderedAt = String(performance.now());
  // The next frame: when the browser can paint what ECharts drew.
  requestAnimationFrame(() => (card.dataset.paintedAt = String(performance.now())));
}
