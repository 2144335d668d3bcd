import { useDataset, useView } from '../hooks/app-context';
import { TABS, type Tab } from '../state/view-url';

const TAB_LABEL: Record<Tab, string> = {
  overview: 'Overview',
  data: 'Data',
  methodology: 'Methodology',
};

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
          {TABS.map((t) => (
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
                {TAB_LABEL[t]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
