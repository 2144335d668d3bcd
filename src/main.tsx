import './app/csp-safe-zod';
import './db/spawn-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getConnector } from './db/get-connector';
import { catalogFor, isLang, loadCatalog } from './i18n';
import './app/app.css';

// Start DuckDB (its worker is already up: src/db/spawn-early.ts) in parallel with React's first
// render; the loader awaits the same promise (and reports a failure, retrying once).
getConnector().catch(() => {});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// A page opened in French or Spanish waits for that catalog rather than flash English text; if
// the chunk cannot be fetched, English it is.
const lang = new URLSearchParams(window.location.search).get('lang') ?? '';
if (!isLang(lang) || catalogFor(lang)) render();
else loadCatalog(lang).then(render, render);
// ECharts is not preloaded: the landing chart is a plain-SVG poster (src/charts/bar-poster.ts),
// and views that draw with ECharts fetch its chunk when they mount.
