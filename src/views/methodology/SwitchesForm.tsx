import { useT } from '../../i18n';
import { DEFAULT_SWITCHES, type Switches } from '../../metrics';

interface SwitchesFormProps {
  switches: Switches;
  onChange(next: Switches): void;
}

/** The user-adjustable rules; every figure re-runs when one changes. */
export function SwitchesForm({ switches, onChange }: SwitchesFormProps) {
  const { t } = useT();
  const set = <K extends keyof Switches>(key: K, value: Switches[K]) =>
    onChange({ ...switches, [key]: value });
  return (
    <fieldset className="switches" data-testid="switches">
      <legend>{t('overview.m_switches')}</legend>
      <label>
        <input
          type="checkbox"
          checked={switches.ambitionTransformativeOnly}
          onChange={(e) => set('ambitionTransformativeOnly', e.target.checked)}
        />
        {t('overview.m_transformative')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={switches.ambitionIncludesModerate}
          onChange={(e) => set('ambitionIncludesModerate', e.target.checked)}
        />
        {t('overview.m_modest')}
      </label>
      <label>
        {t('overview.m_starRule')}{' '}
        <select
          value={switches.starRule}
          onChange={(e) => set('starRule', e.target.value === '2015' ? '2015' : 'current')}
        >
          <option value="current">{t('overview.m_starCurrent')}</option>
          <option value="2015">{t('overview.m_star2015')}</option>
        </select>
      </label>
      <label>
        {t('overview.m_denominator')}{' '}
        <select
          value={switches.denominator}
          data-testid="denominator-select"
          onChange={(e) => set('denominator', e.target.value === 'all' ? 'all' : 'rated')}
        >
          <option value="rated">{t('overview.m_denomRated')}</option>
          <option value="all">{t('overview.m_denomAll')}</option>
        </select>
      </label>
      <button type="button" onClick={() => onChange({ ...DEFAULT_SWITCHES })}>
        {t('overview.m_reset')}
      </button>
    </fieldset>
  );
}
