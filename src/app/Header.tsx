import { useDataset, useView } from '../hooks/app-context';
import { useT } from '../i18n';
import { LanguageMenu } from './LanguageMenu';
import { NAV_ORDER, ROUTES } from './routes';

export function Header() {
  const { load } = useDataset();
  const { tab, setTab } = useView();
  const { t } = useT();
  const dataset = load.data?.dataset;
  return (
    <header className="app-header">
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
      <LanguageMenu />
      <nav aria-label={t('common.navLabel')}>
        <ul className="tabs" role="tablist">
          {NAV_ORDER.filter((r) => ROUTES[r]?.nav).map((r) => (
            <li key={r} role="presentation">
              <a
                href={`#${r}`}
                role="tab"
                aria-selected={r === tab}
                aria-controls="main"
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
