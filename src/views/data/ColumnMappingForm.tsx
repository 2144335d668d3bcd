import { useT } from '../../i18n';
import { useState } from 'react';
import type { MappingNeeded } from '../../hooks/app-context';
import type { ColumnMapping } from '../../ingest';
import { recallMapping } from '../../state/mapping-store';
import { initialMapping, missingRequired } from './mapping-form-state';

interface ColumnMappingFormProps {
  needed: MappingNeeded;
  onSubmit(mapping: ColumnMapping): void;
  onCancel(): void;
}

/** Maps each header of an unrecognised file to a canonical column, then retries the load. */
export function ColumnMappingForm({ needed, onSubmit, onCancel }: ColumnMappingFormProps) {
  const [choice, setChoice] = useState<Record<string, string>>(() =>
    initialMapping(needed, recallMapping(needed.headers)),
  );
  const missing = missingRequired(needed.required, choice);
  const { t } = useT();
  return (
    <form
      className="mapping"
      data-testid="mapping-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length === 0)
          onSubmit(Object.fromEntries(Object.entries(choice).filter(([, to]) => to !== '')));
      }}
    >
      <h3>{t('data.mapTitle', { name: needed.fileName })}</h3>
      <p>{t('data.mapIntro', { required: needed.required.join(', ') })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('data.mapFileColumn')}</th>
            <th scope="col">{t('data.mapAtlasColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {needed.headers.map((header) => (
            <tr key={header}>
              <td>{header}</td>
              <td>
                <select
                  aria-label={`IRM Atlas column for ${header}`}
                  value={choice[header] ?? ''}
                  onChange={(e) => setChoice({ ...choice, [header]: e.target.value })}
                >
                  <option value="">{t('data.notUsed')}</option>
                  {needed.canonicalColumns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                      {needed.required.includes(c) ? t('data.required') : ''}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="warning" role="status">
          {t('data.stillToMap', { columns: missing.join(', ') })}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={missing.length > 0}>
          {t('data.loadMapping')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('data.cancel')}
        </button>
      </div>
    </form>
  );
}
