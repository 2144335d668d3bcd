import { useView } from '../hooks/app-context';
import { useT } from '../i18n';

/** Decal patterns over the chart colours, kept in the URL (`?decal=1`) like the language. */
export function DecalToggle() {
  const { decal, navigate } = useView();
  const { t } = useT();
  return (
    <label className="decal-toggle" title={t('a11y.decalTitle')}>
      <input
        type="checkbox"
        checked={decal}
        data-testid="decal-toggle"
        onChange={(e) => navigate({ decal: e.target.checked }, { replace: true })}
      />{' '}
      {t('a11y.decalLabel')}
    </label>
  );
}
