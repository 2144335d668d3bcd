import { useLayoutEffect, useRef, useState } from 'react';
import { FONT } from './chart-frame';
import { CELL_LABEL, type CellLabel } from './heatmap.option';

/** Draws each label as zrender would: centred lines of CELL_LABEL.lineHeight, middle baseline. */
function drawCellLabels(ctx: CanvasRenderingContext2D, labels: readonly CellLabel[]) {
  const { fontSize, lineHeight } = CELL_LABEL;
  ctx.font = `${fontSize}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const l of labels) {
    ctx.fillStyle = l.colour;
    const first = l.y - ((l.lines.length - 1) * lineHeight) / 2;
    l.lines.forEach((line, i) => ctx.fillText(line, l.x, first + i * lineHeight));
  }
}

/**
 * The heatmap's cell labels on a canvas of their own over the chart. ECharts builds, styles and
 * sorts a text element per cell on every option, ≈ 18 ms of a filter change's ≈ 37 ms (p50,
 * bench/filter-change.ts); one pass of fillText here costs a few. `labels(width)` gives them for
 * the chart's width; the canvas is `height` px tall (the chart's room) and lets the pointer
 * through to the cells beneath.
 */
export function HeatLabels({
  labels,
  height,
}: {
  labels: (width: number) => CellLabel[];
  height: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    // Setting a canvas's size reallocates it even when unchanged.
    if (el.width !== w) el.width = w;
    if (el.height !== h) el.height = h;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawCellLabels(ctx, labels(width));
  }, [labels, width, height]);
  return (
    <canvas
      ref={canvas}
      className="chart-overlay"
      aria-hidden="true"
      data-testid="heat-labels"
      style={{ height }}
    />
  );
}
