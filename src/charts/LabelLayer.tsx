import { useLayoutEffect, useRef } from 'react';
import { FONT } from './chart-frame';
import type { ChartLabel, LabelFont } from './chart-labels';
import { useWidth } from './use-width';

/** Draws each label as zrender would: centred lines of `lineHeight`, middle baseline. */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly ChartLabel[],
  { fontSize, lineHeight }: LabelFont,
) {
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
 * A chart's labels on a canvas of their own over it (see chart-labels.ts): one pass of fillText
 * instead of an ECharts text element per label, ≈ 10–18 ms of a filter change (p50,
 * bench/filter-change.ts). `labels(width)` gives them for the chart's width; the canvas is
 * `height` px tall (the chart's room) and lets the pointer through to the marks beneath.
 */
export function LabelLayer({
  labels,
  font,
  height,
  testId,
}: {
  labels: (width: number) => ChartLabel[];
  font: LabelFont;
  height: number;
  testId: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useWidth(canvas, 0);
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
    drawLabels(ctx, labels(width), font);
  }, [labels, font, width, height]);
  return (
    <canvas
      ref={canvas}
      className="chart-overlay"
      aria-hidden="true"
      data-testid={testId}
      style={{ height }}
    />
  );
}
