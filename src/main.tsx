import './app/csp-safe-zod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { catalogFor, isLang, loadCatalog } from './i18n';
import './app/app.css';

// DuckDB is already starting: src/db/start-early.ts, an entry of its own that runs first. The
// loader awaits that same start (and reports a failure, retrying once).

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
