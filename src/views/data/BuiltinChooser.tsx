import { useT } from '../../i18n';
import { BUILTIN_DATASETS } from '../../datasets/builtin-datasets';
import { useDataset } from '../../hooks/app-context';

/** The datasets shipped with the app (same-origin files, fetched on demand). */
export function BuiltinChooser() {
  const { request, load } = useDataset();
  const current = load.data?.dataset.id;
  const { t } = useT();
  return (
    <div className="builtin">
      <strong>{t('data.builtin')}</strong>
      {BUILTIN_DATASETS.map((d) => (
        <button
          key={d.id}
          type="button"
          disabled={load.status === 'pending' || d.id === current}
          aria-pressed={d.id === current}
          onClick={() => request({ kind: 'builtin', dataset: d })}
          data-testid={`builtin-${d.id}`}
        >
          {d.name}
          {d.simulated ? t('data.simulatedSuffix') : ''}
        </button>
      ))}
    </div>
  );
}
