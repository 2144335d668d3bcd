import { useCallback, useEffect, useMemo, useState } from 'react';
import { catalogFor, loadCatalog } from '../i18n/catalog';
import { formatViewUrl, parseViewUrl, type ViewState } from '../state/view-url';
import type { Navigate, ViewContextValue } from './app-context';

function fromLocation(): ViewState {
  return parseViewUrl(window.location.search, window.location.hash);
}

/**
 * URL writes wait for the frame that draws the change: Chromium's pushState cost ≈ 3 ms per
 * filter change on this project's bench machine, all of it before the charts could redraw.
 * Writes keep their order and land within a frame (at most 100 ms in a tab without frames), far
 * sooner than a person can press Back; the state itself changes at once.
 */
const pendingWrites: { url: string; replace: boolean }[] = [];

function flushWrites() {
  for (let w = pendingWrites.shift(); w; w = pendingWrites.shift()) {
    if (w.replace) window.history.replaceState(null, '', w.url);
    else window.history.pushState(null, '', w.url);
  }
}

function writeUrl(url: string, replace: boolean) {
  pendingWrites.push({ url, replace });
  if (pendingWrites.length > 1) return;
  requestAnimationFrame(() => setTimeout(flushWrites, 0));
  setTimeout(flushWrites, 100);
}

/**
 * The whole view lives in the URL, so a shared link reproduces it and Back/Forward work:
 * navigate() pushes a history entry by default; `{ replace: true }` for typing-like changes.
 */
export function useViewState(): ViewContextValue {
  const [view, setView] = useState<ViewState>(fromLocation);

  useEffect(() => {
    const sync = () => {
      // The browser has moved to another entry: a write still waiting would land on top of it.
      pendingWrites.length = 0;
      // Back/Forward into another language waits for its catalog, like the language menu;
      // the URL is read again then, in case it moved on meanwhile.
      const { lang } = fromLocation();
      const apply = () => setView(fromLocation());
      if (catalogFor(lang)) apply();
      else loadCatalog(lang).then(apply, apply);
    };
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, []);

  const navigate = useCallback<Navigate>(
    (change, opts) => {
      const next: ViewState = { ...view, ...change, notice: null, problems: [] };
      if (change.tab && change.tab !== view.tab && !('id' in change)) next.id = null;
      if (change.tab && change.tab !== view.tab && !('params' in change)) next.params = {};
      const url = formatViewUrl(next);
      writeUrl(url, opts?.replace === true);
      setView(next);
    },
    [view],
  );

  return useMemo(
    () => ({
      ...view,
      navigate,
      setTab: (tab) => navigate({ tab }),
      setSwitches: (switches) => navigate({ switches }, { replace: true }),
      setFilters: (filters) => navigate({ filters }),
      setParams: (params, opts) => navigate({ params: { ...view.params, ...params } }, opts),
    }),
    [view, navigate],
  );
}
