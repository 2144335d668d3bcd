import { DEFAULT_SWITCHES, type Switches } from '../../metrics';

interface SwitchesFormProps {
  switches: Switches;
  onChange(next: Switches): void;
}

/** The user-adjustable rules; every figure re-runs when one changes. */
export function SwitchesForm({ switches, onChange }: SwitchesFormProps) {
  const set = <K extends keyof Switches>(key: K, value: Switches[K]) =>
    onChange({ ...switches, [key]: value });
  return (
    <fieldset className="switches" data-testid="switches">
      <legend>Switches (apply to every figure)</legend>
      <label>
        <input
          type="checkbox"
          checked={switches.ambitionTransformativeOnly}
          onChange={(e) => set('ambitionTransformativeOnly', e.target.checked)}
        />
        Pre-2020 high ambition: only Transformative potential impact counts (not Moderate)
      </label>
      <label>
        <input
          type="checkbox"
          checked={switches.ambitionIncludesModerate}
          onChange={(e) => set('ambitionIncludesModerate', e.target.checked)}
        />
        Refresh high ambition: Modest potential for results counts too
      </label>
      <label>
        Star rule{' '}
        <select
          value={switches.starRule}
          onChange={(e) => set('starRule', e.target.value === '2015' ? '2015' : 'current')}
        >
          <option value="current">OGP&apos;s current formula</option>
          <option value="2015">the 2015-only rule</option>
        </select>
      </label>
      <label>
        Denominator{' '}
        <select
          value={switches.denominator}
          data-testid="denominator-select"
          onChange={(e) => set('denominator', e.target.value === 'all' ? 'all' : 'rated')}
        >
          <option value="rated">rated commitments only (default)</option>
          <option value="all">all commitments (OGP&apos;s convention)</option>
        </select>
      </label>
      <button type="button" onClick={() => onChange({ ...DEFAULT_SWITCHES })}>
        Reset to defaults
      </button>
    </fieldset>
  );
}
