import { EXPLORE_COLUMNS, type ExploreGroup } from '../../queries/explore-columns';

const GROUPS: [ExploreGroup, string][] = [
  ['identity', 'Identity'],
  ['text', 'Text'],
  ['harmonised', 'Harmonised (follow the switches)'],
  ['raw', 'Native ratings, raw label as loaded'],
];

interface ColumnChooserProps {
  chosen: readonly string[];
  onChange(ids: string[]): void;
}

/** Which columns the table shows and exports; the identifier always stays. */
export function ColumnChooser({ chosen, onChange }: ColumnChooserProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(
      EXPLORE_COLUMNS.map((c) => c.id).filter((c) =>
        c === id ? on : c === 'commitment_id' || chosen.includes(c),
      ),
    );
  return (
    <details className="column-chooser" data-testid="column-chooser">
      <summary>Columns ({chosen.length})</summary>
      <div className="column-groups">
        {GROUPS.map(([group, title]) => (
          <fieldset key={group}>
            <legend>{title}</legend>
            {EXPLORE_COLUMNS.filter((c) => c.group === group).map((c) => (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(c.id)}
                  disabled={c.id === 'commitment_id'}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                  data-testid={`col-${c.id}`}
                />
                {c.label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
