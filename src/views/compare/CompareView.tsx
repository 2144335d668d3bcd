import { useMemo } from 'react';
import { useView } from '../../hooks/app-context';
import { useT } from '../../i18n';
import { noticeText } from '../../state/url-problems';
import { COMPARE_DEFAULTS, COMPARE_PARAMS, type CompareParams } from '../../state/compare-params';
import { paramChange, parseParams } from '../../state/view-params';
import { FilterBar } from '../../ui/FilterBar';
import { CompareControls, SubviewTabs } from './CompareControls';
import { DistributionPanel } from './DistributionPanel';
import { HeatmapPanel } from './HeatmapPanel';
import { PipelinePanel } from './PipelinePanel';
import { QuadrantPanel } from './QuadrantPanel';
import './compare.css';

/** Cross-country comparison: four sub-views over the same global filters, all in the URL. */
export function CompareView() {
  const { params, setParams } = useView();
  const tr = useT();
  const { values: p, problems } = useMemo(
    () => parseParams(COMPARE_PARAMS, COMPARE_DEFAULTS, params),
    [params],
  );
  const notice = noticeText(problems, tr);
  const onChange = (change: Partial<CompareParams>) =>
    setParams(paramChange(COMPARE_DEFAULTS, change));
  return (
    <section aria-labelledby="compare-title" className="compare">
      <h2 id="compare-title">{tr.t('compare.title')}</h2>
      {notice && (
        <p className="notice" role="status" data-testid="params-notice">
          {notice}
        </p>
      )}
      <FilterBar />
      <SubviewTabs params={p} onChange={onChange} />
      <CompareControls params={p} onChange={onChange} />
      {p.view === 'heatmap' && <HeatmapPanel params={p} />}
      {p.view === 'distribution' && <DistributionPanel params={p} />}
      {p.view === 'quadrant' && <QuadrantPanel params={p} />}
      {p.view === 'pipeline' && <PipelinePanel params={p} />}
    </section>
  );
}
