import { useDataset, useView } from '../hooks/app-context';
import { NAV_ORDER, ROUTES } from './routes';

export function Header() {
  const { load } = useDataset();
  const { tab, setTab } = useView();
  const dataset = load.data?.dataset;
  return (
    <header className="app-header">
      <div className="brand">
        <h1>IRM Atlas</h1>
        <span className="dataset" data-testid="active-dataset">
          {dataset ? dataset.name : 'No dataset loaded'}
        </span>
        {dataset?.simulated && (
          <span
            className="badge sim"
            data-testid="simulated-badge"
            title="Generated data, not real IRM results"
          >
            SIMULATED DATA
          </span>
        )}
      </div>
      <nav aria-label="Views">
        <ul className="tabs" role="tablist">
          {NAV_ORDER.filter((t) => ROUTES[t]?.nav).map((t) => (
            <li key={t} role="presentation">
              <a
                href={`#${t}`}
                role="tab"
                aria-selected={t === tab}
                aria-controls="main"
                data-testid={`tab-${t}`}
                onClick={(e) => {
                  e.preventDefault();
                  setTab(t);
                }}
              >
                {ROUTES[t]?.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
