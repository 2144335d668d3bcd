import { useMemo } from 'react';
import { useView } from '../../hooks/app-context';
import { formatCount } from '../../lib/format';
import { rulesText } from '../../queries/provenance';
import { AsyncBlock } from '../../ui/AsyncBlock';
import { BriefingActions } from './BriefingActions';
import { BriefingCharts } from './BriefingCharts';
import { briefingSummary } from './briefing-summary';
import { cycleRows } from './cycle-rows';
import { CycleTable } from './CycleTable';
import { NotableList } from './NotableList';
import { PlanList } from './PlanList';
import { useBriefing, type BriefingData } from './use-briefing';
import './briefing.css';

/** `#member/<member_id>`: one member's profile, laid out to print on one page. */
export function BriefingView() {
  const { id } = useView();
  const state = useBriefing(id);
  return (
    <section className="briefing" aria-labelledby="briefing-title" data-testid="briefing">
      <AsyncBlock state={state} idle="Load a dataset first.">
        {(data) =>
          data.briefing ? (
            <Briefing data={data} />
          ) : (
            <>
              <h2 id="briefing-title">No member {id}</h2>
              <p>The loaded dataset has no member with this identifier.</p>
            </>
          )
        }
      </AsyncBlock>
    </section>
  );
}

function Briefing({ data }: { data: BriefingData }) {
  const { switches } = useView();
  const b = data.briefing;
  const d = data.dataset;
  const rows = useMemo(() => (b ? cycleRows(b.cycles) : []), [b]);
  const rules = rulesText(switches);
  const summary = useMemo(
    () => (b ? briefingSummary(b, rows, { dataset: d, rules }) : ''),
    [b, rows, d, rules],
  );
  if (!b) return null;
  const m = b.member;
  const p = b.pipeline;
  return (
    <article>
      <header className="briefing-head">
        <h2 id="briefing-title">{m.name ?? m.member_id}</h2>
        <p className="briefing-facts">
          {[m.kind, m.region, m.parent_country && `in ${m.parent_country}`, m.code]
            .filter(Boolean)
            .join(' · ')}{' '}
          · {b.plans.length} action plan{b.plans.length === 1 ? '' : 's'} ·{' '}
          {formatCount(p.commitments)} commitments
          {d.simulated && <span className="badge sim">SIMULATED DATA</span>}
        </p>
      </header>
      <BriefingActions summary={summary} />
      {p.commitments > 0 ? (
        <>
          <CycleTable rows={rows} kind={m.kind} />
          <BriefingCharts
            rows={rows}
            pipeline={p}
            simulated={d.simulated}
            member={m.name ?? m.member_id}
          />
        </>
      ) : (
        <p className="muted" data-testid="no-commitments">
          No commitment of this member in the data: no metric to show.
        </p>
      )}
      <p className="pipeline-text" data-testid="pipeline-text">
        Pipeline: {formatCount(p.verifiable)} verifiable → {formatCount(p.ambitious)} also ambitious
        → {formatCount(p.completed)} also high completion → {formatCount(p.results)} also strong
        results (of {formatCount(p.commitments)} commitments).
      </p>
      <div className="briefing-columns">
        <div>
          <h3>Notable commitments</h3>
          <NotableList notable={b.notable} starRule={switches.starRule} />
        </div>
        <div>
          <h3>Action plans and co-creation</h3>
          <PlanList plans={b.plans} />
        </div>
      </div>
      <p className="provenance" data-testid="provenance">
        Dataset: {d.name} ({d.simulated ? 'SIMULATED DATA, not real IRM results' : 'not simulated'}
        ), loaded {d.loaded_at.slice(0, 10)}, as of {d.as_of}; files: {d.files}. Rules in force:{' '}
        {rules}. The global filters do not apply to a briefing.
      </p>
    </article>
  );
}
