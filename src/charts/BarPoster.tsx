import { useRef } from 'react';
import type { BarPosterSpec } from './bar-poster';
import { INK } from './palette';
import { useWidth } from './use-width';

/** The poster of bar-poster.ts as SVG (React elements, no markup strings). */
export function BarPoster({
  spec,
  height,
  label,
  testId,
  onWake,
}: {
  spec: BarPosterSpec;
  height: number;
  label: string;
  testId?: string;
  /** Pointer or keyboard reached the chart: time to load the interactive one. */
  onWake: () => void;
}) {
  const box = useRef<HTMLElement>(null);
  const width = useWidth(box, 800);
  const { grid } = spec;
  // Category labels at 12 px: about 6.5 px a character, as ECharts fits the axis labels.
  const longest = Math.max(0, ...spec.categories.map((c) => c.length));
  const labelWidth = Math.min(Math.round(width * 0.35), Math.round(longest * 6.5) + 8);
  const x0 = grid.left + labelWidth;
  const x1 = Math.max(x0 + 40, width - grid.right);
  const y0 = grid.top;
  const y1 = height - grid.bottom;
  const band = (y1 - y0) / Math.max(1, spec.categories.length);
  const barH = Math.min(spec.barMaxWidth, band * 0.6);
  const x = (v: number) => x0 + ((x1 - x0) * Math.max(0, Math.min(v, spec.max))) / spec.max;
  return (
    <figure
      ref={box}
      className="chart chart-poster"
      role="img"
      aria-label={label}
      data-testid={testId}
      tabIndex={0}
      onPointerEnter={onWake}
      onTouchStart={onWake}
      onFocus={onWake}
    >
      <svg width="100%" height={height} fontFamily={spec.font} aria-hidden="true">
        <text x={5} y={23} fontSize={16} fontWeight="bold" fill="#464646">
          {spec.title}
        </text>
        {spec.subtitle.map((line, i) => (
          <text key={i} x={5} y={46 + i * 18} fontSize={12} fill={spec.subtitleColor}>
            {line}
          </text>
        ))}
        {spec.ticks.map((t) => (
          <g key={t.value}>
            <line x1={x(t.value)} x2={x(t.value)} y1={y0} y2={y1} stroke="#e0e6f1" />
            <text x={x(t.value)} y={y1 + 18} fontSize={12} fill="#6e7079" textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        <line x1={x0} x2={x0} y1={y0} y2={y1} stroke="#6e7079" />
        {spec.categories.map((c, i) => {
          const bar = spec.bars[i];
          const cy = y0 + band * (i + 0.5);
          return (
            <g key={c}>
              <text x={x0 - 8} y={cy + 4} fontSize={12} fill="#6e7079" textAnchor="end">
                {c}
              </text>
              {bar && (
                <>
                  <rect
                    x={x0}
                    y={cy - barH / 2}
                    width={Math.max(0, x(bar.value) - x0)}
                    height={barH}
                    fill={spec.color}
                    opacity={bar.opacity}
                  />
                  <text x={x(bar.value) + 5} y={cy + 4} fontSize={12} fill={INK}>
                    {bar.label}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
