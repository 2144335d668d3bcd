import { useT } from '../../i18n';
import { useMemo } from 'react';
import { useDataset, useView } from '../../hooks/app-context';
import { useQuery } from '../../hooks/use-query';
import { formatCount } from '../../lib/format';
import { fetchPlans } from '../../queries/plans';
import { DataTable } from '../../tables/DataTable';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { FilterBar } from '../../ui/FilterBar';
import { planTableColumns } from './plan-columns';
import './plans.css';

/** Action plans with their co-creation facts, from the commitments and an action-plans file. */
export function PlansView() {
  const { conn, version, load } = useDataset();
  const { filters, params, setParams, setTab } = useView();
  const withFactsOnly = params.facts === '1';
  const ready = conn !== null && load.data !== null && load.status !== 'pending';
  const state = useQuery(
    () => (ready && conn ? fetchPlans(conn, { filters, withFactsOnly }) : null),
    [ready, conn, version, JSON.stringify(filters), withFactsOnly],
  );
  const commitmentLevel = Boolean(filters.values?.length || filters.policyAreas?.length);
  const tr = useT();
  const { t } = tr;
  const columns = useMemo(() => planTableColumns(tr), [tr]);
  return (
    <section aria-labelledby="plans-title" className="plans-view">
      <h2 id="plans-title">{t('plans.title')}</h2>
      <p className="note">
        {t('plans.intro')}{' '}
        <a
          href="#data"
          onClick={(e) => {
            e.preventDefault();
            setTab('data');
          }}
        >
          {t('plans.dataTab')}
        </a>
        {t('plans.introAfter')}
      </p>
      <FilterBar />
      {commitmentLevel && <p className="note">{t('plans.commitmentLevel')}</p>}
      <label>
        <input
          type="checkbox"
          checked={withFactsOnly}
          onChange={(e) => setParams({ facts: e.target.checked ? '1' : '' }, { replace: true })}
          data-testid="facts-only"
        />{' '}
        {t('plans.factsOnly')}
      </label>
      <AsyncBlock state={state} idle={t('explore.loadFirst')}>
        {(plans) => {
          const withFacts = plans.filter((p) => p.has_facts).length;
          return (
            <DataTable
              columns={columns}
              data={plans}
              caption={t('plans.caption', {
                count: plans.length,
                countText: formatCount(plans.length, tr),
                withFacts: formatCount(withFacts, tr),
              })}
              pageSize={50}
              testId="plans-table"
            />
          );
        }}
      </AsyncBlock>
    </section>
  );
}
