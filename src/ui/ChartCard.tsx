import isEqual from 'fast-deep-equal';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { LazyChart } from '../charts/LazyChart';
import { withA11y } from '../charts/palette';
import { useView } from '../hooks/app-context';
import type { Filters } from '../queries/filters';
import { filterSummary } from '../state/filter-summary';
import { saveBlob } from '../lib/save-blob';
import { fileSlug } from '../lib/text-wrap';
import { stampRendered } from './render-stamp';
import { useChartResize, type Resizable } from './use-chart-resize';
import { useT, type Translator } from '../i18n';

interface ChartCardProps {
  /** The on-screen option (from a pure builder in src/charts). */
  option: object;
  /** Accessible name of the figure. */
  label: string;
  height: number;
  testId: string;
  /** Download name without extension. */
  fileName: string;
  /** What PNG and SVG exports draw: the on-screen option plus the filter in words. */
  exportOption: () => { option: object; height: number };
  /** The chart's data as CSV text (formula-safe). */
  csv: () => string;
  /** The same numbers as a table: the accessible alternative to the chart. */
  table: ReactNode;
  onEvents?: Record<string, (params: unknown) => void>;
  /** What the figures rest on, added to the accessible name: the filter in words, each n. */
  about?: { filters: Filters; rows: readonly { n: number }[] };
  /** Drawn over the chart, given the height of its drawing surface (see useRoom). */
  overlay?: (room: number) => ReactNode;
  /** Extra data-* attributes on the card (e.g. a chart's geometry for tests and tools). */
  attrs?: Readonly<Record<`data-${string}`, string>>;
}

/**
 * The chart's drawing surface: it grows with the chart, and shrinks only when it is more than
 * three times the chart's height. Resizing a canvas reallocates it, which cost ≈ 16 ms per
 * chart per filter change in headless Chromium (a heatmap or distribution gains or loses rows
 * on most filter changes); drawing on a taller canvas costs nothing extra.
 */
function useRoom(height: number): number {
  const [room, setRoom] = useState(height);
  const next = height > room || room > 3 * height ? height : room;
  // State derived while rendering (React re-renders at once, before committing).
  if (next !== room) setRoom(next);
  return next;
}

/**
 * The option last given, while each new one is equal to it. echarts-for-react does not draw an
 * option deep-equal to the previous one (a query re-run that answers the same figures makes
 * one), so such an option must keep the old one's version, or the card would wait for a
 * `rendered` that never comes.
 */
function useKeptIfEqual(option: object): object {
  const [kept, setKept] = useState(option);
  const next = kept === option || isEqual(kept, option) ? kept : option;
  // State derived while rendering, as in useRoom.
  if (next !== kept) setKept(next);
  return next;
}

let nextVersion = 0;
const versions = new WeakMap<object, number>();
const versionOf = (o: object) => {
  let v = versions.get(o);
  if (v === undefined) versions.set(o, (v = ++nextVersion));
  return v;
};

/**
 * A chart with its exports (PNG, SVG, CSV) and its "show as table" alternative. After each new
 * option is drawn it stamps `data-rendered` (= `data-version`) and `data-rendered-at` on itself,
 * which the browser tests and bench/filter-change.ts wait on.
 */
export function ChartCard(props: ChartCardProps) {
  const { height, testId, fileName, exportOption, csv, table, onEvents, attrs, about } = props;
  const option = useKeptIfEqual(props.option);
  const tr = useT();
  const { t } = tr;
  const label = about ? `${props.label} ${chartContext(tr, about)}` : props.label;
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [showTable, setShowTable] = useState(false);
  const { decal } = useView();
  const version = versionOf(option);
  // One handler for the card's life, so echarts-for-react never rebinds it on a new option.
  const events = useMemo(
    () => ({ ...onEvents, rendered: () => stampRendered(box.current) }),
    [onEvents],
  );
  const room = useRoom(height);
  const chartRef = useChartResize(room);
  // The first option may be drawn before ECharts binds events: stamp it on the next frame too.
  const onReady = useCallback(
    (instance: Resizable) => {
      chartRef.current = instance;
      requestAnimationFrame(() => events.rendered());
    },
    [events, chartRef],
  );
  const save = useCallback(
    async (kind: 'png' | 'svg' | 'csv') => {
      setError(null);
      try {
        const name = `${fileSlug(fileName)}.${kind}`;
        if (kind === 'csv') {
          saveBlob(name, new Blob([csv()], { type: 'text/csv;charset=utf-8' }));
          return;
        }
        const { renderPng, renderSvg } = await import('../charts/export-image');
        const width = Math.max(720, box.current?.clientWidth ?? 1000);
        const out = exportOption();
        out.option = withA11y(out.option, { decal, label });
        const blob =
          kind === 'svg'
            ? new Blob([renderSvg(out.option, width, out.height)], { type: 'image/svg+xml' })
            : await renderPng(out.option, width, out.height);
        saveBlob(name, blob);
      } catch (e) {
        setError(t('ui.exportFailed', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [csv, exportOption, fileName, decal, label, t],
  );
  return (
    <div className="chart-card" ref={box} data-testid={testId} data-version={version} {...attrs}>
      <div className="chart-tools" role="group" aria-label={`Export ${props.label}`}>
        {(['png', 'svg', 'csv'] as const).map((k) => (
          <button
            key={k}
            type="button"
            data-testid={`${testId}-export-${k}`}
            onClick={() => void save(k)}
          >
            {k.toUpperCase()}
          </button>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <LazyChart
        option={option}
        label={label}
        height={height}
        room={room}
        onEvents={events}
        onRendered={onReady}
        renderer="canvas"
        lazyUpdate
        autoResize={false}
        overlay={props.overlay?.(room)}
      />
      <details className="as-table" onToggle={(e) => setShowTable(e.currentTarget.open)}>
        <summary data-testid={`${testId}-show-table`}>{t('ui.showAsTable')}</summary>
        {/* Rendered only while open: a filter change then redraws the chart alone. */}
        {showTable && table}
      </details>
    </div>
  );
}

/** "Filters: …. 42 figures, n from 3 to 120." — what a screen reader hears after the title. */
export function chartContext(tr: Translator, about: NonNullable<ChartCardProps['about']>): string {
  const ns = about.rows.map((r) => r.n);
  return tr.t('a11y.chartContext', {
    filter: filterSummary(about.filters, tr),
    figures: ns.length,
    nMin: ns.reduce((a, b) => Math.min(a, b), ns[0] ?? 0),
    nMax: ns.reduce((a, b) => Math.max(a, b), 0),
  });
}
