import { useDataset, useView } from '../../hooks/app-context';
import { useQuery } from '../../hooks/use-query';
import { formatCount } from '../../lib/format';
import { fetchPlans } from '../../queries/plans';
import { DataTable } from '../../tables/DataTable';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { FilterBar } from '../../ui/FilterBar';
import { PLAN_TABLE_COLUMNS } from './plan-columns';
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
  return (
    <section aria-labelledby="plans-title" className="plans-view">
      <h2 id="plans-title">Action plans and co-creation</h2>
      <p className="note">
        Co-creation facts (level of public influence during development and implementation on
        IAP2&apos;s scale, open or closed participation, a regularly meeting multistakeholder forum,
        whether the minimum requirement — involve — was met, participating groups and public
        meetings) come from an action-plans file loaded next to the commitments in the{' '}
        <a
          href="#data"
          onClick={(e) => {
            e.preventDefault();
            setTab('data');
          }}
        >
          Data tab
        </a>{' '}
        (CSV, JSON or XLSX; layout in docs/data-formats.md §3). Plans without commitments, such as
        OGP Local plans, are listed too.
      </p>
      <FilterBar />
      {commitmentLevel && (
        <p className="note">
          OGP values and policy areas describe commitments: a plan is listed when one of its
          commitments matches, so plans without commitments are hidden by these filters.
        </p>
      )}
      <label>
        <input
          type="checkbox"
          checked={withFactsOnly}
          onChange={(e) => setParams({ facts: e.target.checked ? '1' : '' }, { replace: true })}
          data-testid="facts-only"
        />{' '}
        Only plans with co-creation facts
      </label>
      <AsyncBlock state={state} idle="Load a dataset first.">
        {(plans) => {
          const withFacts = plans.filter((p) => p.has_facts).length;
          return (
            <DataTable
              columns={PLAN_TABLE_COLUMNS}
              data={plans}
              caption={`${formatCount(plans.length)} action plans, ${formatCount(withFacts)} with co-creation facts`}
              pageSize={50}
              testId="plans-table"
            />
          );
        }}
      </AsyncBlock>
    </section>
  );
}
