import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Switches } from '../metrics';
import { formatViewUrl, parseViewUrl, type Tab, type ViewState } from '../state/view-url';
import type { ViewContextValue } from './app-context';

function fromLocation(): ViewState {
  return parseViewUrl(window.location.search, window.location.hash);
}

/** The view (tab + methodology switches) lives in the URL, so a shared link reproduces it. */
export function useViewState(): ViewContextValue {
  const [view, setView] = useState<ViewState>(fromLocation);

  useEffect(() => {
    const sync = () => setView(fromLocation());
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, []);

  const setTab = useCallback(
    (tab: Tab) => {
      window.history.pushState(null, '', formatViewUrl(tab, view.switches));
      setView({ ...view, tab, notice: null });
    },
    [view],
  );

  const setSwitches = useCallback(
    (switches: Switches) => {
      window.history.replaceState(null, '', formatViewUrl(view.tab, switches));
      setView({ ...view, switches, notice: null });
    },
    [view],
  );

  return useMemo(() => ({ ...view, setTab, setSwitches }), [view, setTab, setSwitches]);
}
