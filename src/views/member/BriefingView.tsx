import { useT } from '../../i18n';
import { valueLabel } from '../../state/filter-summary';
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
  const { t } = useT();
  return (
    <section className="briefing" aria-labelledby="briefing-title" data-testid="briefing">
      <AsyncBlock state={state} idle={t('explore.loadFirst')}>
        {(data) =>
          data.briefing ? (
            <Briefing data={data} />
          ) : (
            <>
              <h2 id="briefing-title">{t('member.notFound', { id: id ?? '' })}</h2>
              <p>{t('member.notFoundText')}</p>
            </>
          )
        }
      </AsyncBlock>
    </section>
  );
}

function Briefing({ data }: { data: BriefingData }) {
  const { switches } = useView();
  const tr = useT();
  const { t } = tr;
  const b = data.briefing;
  const d = data.dataset;
  const rows = useMemo(() => (b ? cycleRows(b.cycles) : []), [b]);
  const rules = rulesText(switches, tr);
  const summary = useMemo(
    () => (b ? briefingSummary(b, rows, { dataset: d, rules }, tr) : ''),
    [b, rows, d, rules, tr],
  );
  const n = (x: number) => formatCount(x, tr);
  if (!b) return null;
  const m = b.member;
  const p = b.pipeline;
  return (
    <article>
      <header className="briefing-head">
        <h2 id="briefing-title">{m.name ?? m.member_id}</h2>
        <p className="briefing-facts">
          {[
            m.kind && valueLabel('kinds', m.kind, tr).toLowerCase(),
            m.region,
            m.parent_country && t('member.inCountry', { country: m.parent_country }),
            m.code,
          ]
            .filter(Boolean)
            .join(' · ')}{' '}
          · {t('member.plans', { count: b.plans.length })} ·{' '}
          {t('member.commitments', { count: n(p.commitments) })}
          {d.simulated && <span className="badge sim">{t('common.simulatedBadge')}</span>}
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
          {t('member.noCommitments')}
        </p>
      )}
      <p className="pipeline-text" data-testid="pipeline-text">
        {t('member.pipeline', {
          verifiable: n(p.verifiable),
          ambitious: n(p.ambitious),
          completed: n(p.completed),
          results: n(p.results),
          commitments: n(p.commitments),
        })}
      </p>
      <div className="briefing-columns">
        <div>
          <h3>{t('member.notable')}</h3>
          <NotableList notable={b.notable} starRule={switches.starRule} />
        </div>
        <div>
          <h3>{t('member.plansTitle')}</h3>
          <PlanList plans={b.plans} />
        </div>
      </div>
      <p className="provenance" data-testid="provenance">
        {t('member.provenance', {
          name: d.name,
          status: d.simulated ? t('explore.prov_simulated') : t('member.notSimulated'),
          loaded: d.loaded_at.slice(0, 10),
          asOf: d.as_of,
          files: d.files,
          rules,
        })}
      </p>
    </article>
  );
}
