import { useDataset, useView } from '../hooks/app-context';
import { useT } from '../i18n';
import { DecalToggle } from './DecalToggle';
import { LanguageMenu } from './LanguageMenu';
import { NAV_ORDER, ROUTES } from './routes';

export function Header() {
  const { load } = useDataset();
  const { tab, setTab } = useView();
  const { t } = useT();
  const dataset = load.data?.dataset;
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" data-testid="skip-link" onClick={skipToMain}>
        {t('a11y.skipToMain')}
      </a>
      <div className="brand">
        <h1>{t('common.appName')}</h1>
        <span className="dataset" data-testid="active-dataset">
          {dataset ? dataset.name : t('common.noDataset')}
        </span>
        {dataset?.simulated && (
          <span
            className="badge sim"
            data-testid="simulated-badge"
            title={t('common.simulatedTitle')}
          >
            {t('common.simulatedBadge')}
          </span>
        )}
      </div>
      <div className="header-settings">
        <LanguageMenu />
        <DecalToggle />
      </div>
      <nav aria-label={t('common.navLabel')}>
        <ul className="tabs">
          {NAV_ORDER.filter((r) => ROUTES[r]?.nav).map((r) => (
            <li key={r}>
              <a
                href={`#${r}`}
                aria-current={r === tab ? 'page' : undefined}
                data-testid={`tab-${r}`}
                onClick={(e) => {
                  e.preventDefault();
                  setTab(r);
                }}
              >
                {t(ROUTES[r]?.label ?? 'common.appName')}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

/** The hash is the router's: move focus to <main> instead of navigating to "#main". */
function skipToMain(e: React.MouseEvent) {
  const main = document.getElementById('main');
  if (!main) return;
  e.preventDefault();
  main.focus();
  main.scrollIntoView();
}
