import { METRICS, type MetricId } from '../../metrics';
import { DIST_FIELDS, DIST_FIELD_IDS } from '../../queries/distribution';
import { COMPARE_VIEWS, type CompareParams } from '../../state/compare-params';

const VIEW_LABELS: Record<CompareParams['view'], string> = {
  heatmap: 'Members × cycles',
  distribution: 'Distribution',
  quadrant: 'Design vs implementation',
  pipeline: 'Pipeline',
};

interface ControlsProps {
  params: CompareParams;
  onChange(change: Partial<CompareParams>): void;
}

export function SubviewTabs({ params, onChange }: ControlsProps) {
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
          {VIEW_LABELS[v]}
        </button>
      ))}
    </div>
  );
}

/** The controls that apply to the sub-view on screen; each is a URL parameter. */
export function CompareControls({ params: p, onChange }: ControlsProps) {
  return (
    <div className="controls">
      {p.view === 'heatmap' && (
        <label>
          Metric{' '}
          <select
            value={p.metric}
            onChange={(e) => onChange({ metric: e.target.value as MetricId })}
            data-testid="metric-select"
          >
            {METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {p.view === 'distribution' && (
        <>
          <label>
            Rating{' '}
            <select
              value={p.field}
              onChange={(e) => onChange({ field: e.target.value as CompareParams['field'] })}
              data-testid="field-select"
            >
              {DIST_FIELD_IDS.map((f) => (
                <option key={f} value={f}>
                  {DIST_FIELDS[f].label}
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
            Hide pending, no data, not reviewed, not applicable and missing
          </label>
        </>
      )}
      {p.view === 'quadrant' && (
        <label>
          Points{' '}
          <select
            value={p.unit}
            onChange={(e) => onChange({ unit: e.target.value === 'plan' ? 'plan' : 'member' })}
            data-testid="unit-select"
          >
            <option value="member">members</option>
            <option value="plan">action plans</option>
          </select>
        </label>
      )}
      {(p.view === 'heatmap' || p.view === 'distribution') && (
        <label>
          Sort rows by{' '}
          <select
            value={p.sort}
            onChange={(e) => onChange({ sort: e.target.value as CompareParams['sort'] })}
            data-testid="sort-select"
          >
            <option value="value">value</option>
            <option value="name">name</option>
            <option value="region">region</option>
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
  return (
    <div className="era-toggle" role="group" aria-label="IRM methodology eras">
      <button
        type="button"
        aria-pressed={value === 'split'}
        onClick={() => onChange('split')}
        data-testid="eras-split"
      >
        Eras split
      </button>
      <button
        type="button"
        aria-pressed={value === 'pooled'}
        onClick={() => onChange('pooled')}
        data-testid="eras-pooled"
      >
        Eras pooled
      </button>
    </div>
  );
}
