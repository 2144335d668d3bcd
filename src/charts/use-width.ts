import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width in CSS px of the element `ref` holds, following it as it resizes (ResizeObserver);
 * `fallback` until it is laid out, and while it has no width.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || fallback);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || fallback));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
