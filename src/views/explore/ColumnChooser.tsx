import { useT } from '../../i18n';
import {
  EXPLORE_COLUMNS,
  exploreColumnLabel,
  type ExploreGroup,
} from '../../queries/explore-columns';

const GROUPS: readonly ExploreGroup[] = ['identity', 'text', 'harmonised', 'raw'];

interface ColumnChooserProps {
  chosen: readonly string[];
  onChange(ids: string[]): void;
}

/** Which columns the table shows and exports; the identifier always stays. */
export function ColumnChooser({ chosen, onChange }: ColumnChooserProps) {
  const tr = useT();
  const toggle = (id: string, on: boolean) =>
    onChange(
      EXPLORE_COLUMNS.map((c) => c.id).filter((c) =>
        c === id ? on : c === 'commitment_id' || chosen.includes(c),
      ),
    );
  return (
    <details className="column-chooser" data-testid="column-chooser">
      <summary>{tr.t('explore.columns', { count: chosen.length })}</summary>
      <div className="column-groups">
        {GROUPS.map((group) => (
          <fieldset key={group}>
            <legend>{tr.t(`explore.group_${group}`)}</legend>
            {EXPLORE_COLUMNS.filter((c) => c.group === group).map((c) => (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(c.id)}
                  disabled={c.id === 'commitment_id'}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                  data-testid={`col-${c.id}`}
                />
                {exploreColumnLabel(c, tr)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  );
}
