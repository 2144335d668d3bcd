import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { RowData } from '@tanstack/react-table';
import { alignClass, cellClass } from './cell-class';
import type { DataTableProps } from './DataTable';
import { posterOf, type TablePosterSpec } from './table-poster';

let loaded = false;
const DataTableImpl = lazy(() =>
  import('./DataTable').then((m) => {
    loaded = true;
    return { default: m.DataTable };
  }),
);

/**
 * TanStack Table is 13 KB gzip that the landing view's small metric table does not need until
 * someone sorts it: the table starts as a plain poster with the same markup and text
 * (table-poster.ts) and the real one takes over when the table is pointed at or focused, or at
 * once when another view already loaded it. Keyboard focus on a header follows the swap.
 */
export function LazyDataTable<T extends RowData>(props: DataTableProps<T>) {
  const poster = props.server
    ? undefined
    : posterOf(props.columns, props.data, props.pageSize ?? 20);
  const [awake, setAwake] = useState(loaded);
  const [refocus, setRefocus] = useState<number | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const Impl = DataTableImpl as (p: DataTableProps<T>) => React.ReactNode;
  if (!poster) return <Impl {...props} />;
  const wake = () => {
    const buttons = [...(boxRef.current?.querySelectorAll('thead button') ?? [])];
    const i = buttons.indexOf(document.activeElement as Element);
    setRefocus(i >= 0 ? i : null);
    setAwake(true);
  };
  return (
    // display: contents: the wrapper only lets the swap find the header that had focus.
    <div ref={boxRef} style={{ display: 'contents' }}>
      {awake ? (
        <Suspense fallback={<Poster spec={poster} {...props} onWake={() => {}} />}>
          <Impl {...props} />
          <RefocusHeader boxRef={boxRef} index={refocus} />
        </Suspense>
      ) : (
        <Poster spec={poster} {...props} onWake={wake} />
      )}
    </div>
  );
}

/** Mounts with the real table (same Suspense boundary): puts focus back on the header it left. */
function RefocusHeader({
  boxRef,
  index,
}: {
  boxRef: React.RefObject<HTMLDivElement | null>;
  index: number | null;
}) {
  useEffect(() => {
    if (index === null) return;
    boxRef.current?.querySelectorAll<HTMLButtonElement>('thead button')[index]?.focus();
  }, [boxRef, index]);
  return null;
}

function Poster({
  spec,
  caption,
  testId,
  compact = false,
  onWake,
}: {
  spec: TablePosterSpec;
  caption: string;
  testId?: string;
  compact?: boolean;
  onWake: () => void;
}) {
  return (
    <div
      className={compact ? 'data-table compact' : 'data-table'}
      data-testid={testId}
      aria-busy={false}
      onPointerEnter={onWake}
      onTouchStart={onWake}
      onFocus={onWake}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {spec.headers.map((h) => (
              <th key={h.id} className={alignClass(h.meta)}>
                <button type="button" onClick={onWake}>
                  {h.text}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((cells, r) => (
            <tr key={r}>
              {cells.map((text, c) => (
                <td key={spec.headers[c]!.id} className={cellClass(spec.headers[c]!.meta)}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
