import './app/csp-safe-zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getConnector } from './db/get-connector';
import './app/app.css';

// Start DuckDB's worker and wasm download now, in parallel with React's first render; the
// loader awaits the same promise (and reports a failure, retrying once).
getConnector().catch(() => {});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// ECharts is not preloaded: the landing chart is a plain-SVG poster (src/charts/bar-poster.ts),
// and views that draw with ECharts fetch its chunk when they mount.
