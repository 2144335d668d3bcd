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
      <h3>Map the columns of {needed.fileName}</h3>
      <p>
        This file is neither OGP&apos;s commitments export nor IRM Atlas&apos;s canonical layout.
        Say which column holds what; columns left on “not used” are ignored. Required:{' '}
        {needed.required.join(', ')}. Your choice is remembered for files with the same columns.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">IRM Atlas column</th>
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
                  <option value="">not used</option>
                  {needed.canonicalColumns.map((c) => (
                    <option key={c} value={c}>
                      {c}
                      {needed.required.includes(c) ? ' (required)' : ''}
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
          Still to map: {missing.join(', ')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={missing.length > 0}>
          Load with this mapping
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
