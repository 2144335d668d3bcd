import type { PageImportSummary } from '../../ingest';
import { useT } from '../../i18n';

/** The load report's line for records added from OGP pages (shown in the Data view). */
export function PageImports({ pages }: { pages: PageImportSummary }) {
  const { t } = useT();
  return (
    <p className="page-imports" data-testid="page-imports">
      {t('pageImport.reportLine', { commitments: pages.commitments, plans: pages.actionPlans })}
    </p>
  );
}
