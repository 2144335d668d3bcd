import { Suspense } from 'react';
import { DatasetContext, ViewContext, useDataset, useView } from '../hooks/app-context';
import { useDatasetLoader } from '../hooks/use-dataset-loader';
import { useViewState } from '../hooks/use-view-state';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ProgressBar } from '../ui/ProgressBar';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { ROUTES } from './routes';
import { useT } from '../i18n';
import { noticeText } from '../state/url-problems';

export function App() {
  const dataset = useDatasetLoader();
  const view = useViewState();
  return (
    <DatasetContext.Provider value={dataset}>
      <ViewContext.Provider value={view}>
        <Shell />
      </ViewContext.Provider>
    </DatasetContext.Provider>
  );
}

function Shell() {
  const { load, stage, recovery, cancelled, cancelLoad } = useDataset();
  const { tab, problems } = useView();
  const tr = useT();
  const { t } = tr;
  const notice = noticeText(problems, tr);
  const View = ROUTES[tab]?.component;
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        {load.status === 'pending' && <ProgressBar stage={stage} onCancel={cancelLoad} />}
        {cancelled && (
          <p className="notice" role="status" data-testid="load-cancelled">
            {t(load.data ? 'common.loadCancelled' : 'common.loadCancelledNone')}
          </p>
        )}
        {recovery && (
          <p className="notice" role="alert" data-testid="recovery-notice">
            {recovery.reloaded === null
              ? t('common.recovered', { reason: recovery.reason })
              : t('common.recoveredReloaded', { reason: recovery.reason, name: recovery.reloaded })}
          </p>
        )}
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {load.status === 'error' && tab !== 'data' && (
          <ErrorMessage error={load.error} title={t('common.loadingFailed')} />
        )}
        <ErrorBoundary resetKey={tab}>
          {/* Views other than the overview are lazy chunks (routes.tsx). */}
          <Suspense fallback={<div className="view-loading" aria-busy="true" />}>
            {View ? <View /> : <p className="notice">{t('common.viewUnavailable')}</p>}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">{t('common.footer')}</footer>
    </>
  );
}
