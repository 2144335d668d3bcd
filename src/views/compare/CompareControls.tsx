import { useT } from '../../i18n';
import { METRICS, metricLabel, type MetricId } from '../../metrics';
import { DIST_FIELD_IDS, distFieldLabel } from '../../queries/distribution';
import { COMPARE_VIEWS, type CompareParams } from '../../state/compare-params';

interface ControlsProps {
  params: CompareParams;
  onChange(change: Partial<CompareParams>): void;
}

export function SubviewTabs({ params, onChange }: ControlsProps) {
  const { t } = useT();
  return (
    <div className="subviews" role="group" aria-label="Compare views">
      {COMPARE_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={params.view === v}
          onClick={() => onChange({ view: v })}
          data-testid={`subview-${v}`}
        >
          {t(`compare.view_${v}`)}
        </button>
      ))}
    </div>
  );
}

/** The controls that apply to the sub-view on screen; each is a URL parameter. */
export function CompareControls({ params: p, onChange }: ControlsProps) {
  const tr = useT();
  const { t } = tr;
  return (
    <div className="controls">
      {p.view === 'heatmap' && (
        <label>
          {t('compare.metric')}{' '}
          <select
            value={p.metric}
            onChange={(e) => onChange({ metric: e.target.value as MetricId })}
            data-testid="metric-select"
          >
            {METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {metricLabel(m.id, tr)}
              </option>
            ))}
          </select>
        </label>
      )}
      {p.view === 'distribution' && (
        <>
          <label>
            {t('compare.rating')}{' '}
            <select
              value={p.field}
              onChange={(e) => onChange({ field: e.target.value as CompareParams['field'] })}
              data-testid="field-select"
            >
              {DIST_FIELD_IDS.map((f) => (
                <option key={f} value={f}>
                  {distFieldLabel(f, tr)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={p.states === 'hide'}
              onChange={(e) => onChange({ states: e.target.checked ? 'hide' : 'show' })}
              data-testid="hide-states"
            />{' '}
            {t('compare.hideStates')}
          </label>
        </>
      )}
      {p.view === 'quadrant' && (
        <label>
          {t('compare.points')}{' '}
          <select
            value={p.unit}
            onChange={(e) => onChange({ unit: e.target.value === 'plan' ? 'plan' : 'member' })}
            data-testid="unit-select"
          >
            <option value="member">{t('compare.unit_member')}</option>
            <option value="plan">{t('compare.unit_plan')}</option>
          </select>
        </label>
      )}
      {(p.view === 'heatmap' || p.view === 'distribution') && (
        <label>
          {t('compare.sortBy')}{' '}
          <select
            value={p.sort}
            onChange={(e) => onChange({ sort: e.target.value as CompareParams['sort'] })}
            data-testid="sort-select"
          >
            <option value="value">{t('compare.sort_value')}</option>
            <option value="name">{t('compare.sort_name')}</option>
            <option value="region">{t('compare.sort_region')}</option>
          </select>
        </label>
      )}
      <EraToggle value={p.eras} onChange={(eras) => onChange({ eras })} />
    </div>
  );
}

export function EraToggle({
  value,
  onChange,
}: {
  value: CompareParams['eras'];
  onChange(v: CompareParams['eras']): void;
}) {
  const { t } = useT();
  return (
    <div className="era-toggle" role="group" aria-label="IRM methodology eras">
      <button
        type="button"
        aria-pressed={value === 'split'}
        onClick={() => onChange('split')}
        data-testid="eras-split"
      >
        {t('compare.erasSplit')}
      </button>
      <button
        type="button"
        aria-pressed={value === 'pooled'}
        onClick={() => onChange('pooled')}
        data-testid="eras-pooled"
      >
        {t('compare.erasPooled')}
      </button>
    </div>
  );
}
