import { useMemo } from 'react';
import { useView } from '../../hooks/app-context';
import { DataTable } from '../../tables/DataTable';
import { useT } from '../../i18n';
import { ruleColumns } from '../../tables/rule-columns';
import { METHODOLOGY_RULES } from '../../vocab';
import { SwitchesForm } from './SwitchesForm';

export function MethodologyView() {
  const { switches, setSwitches } = useView();
  const tr = useT();
  const columns = useMemo(() => ruleColumns(tr), [tr]);
  return (
    <section aria-labelledby="methodology-title">
      <h2 id="methodology-title">{tr.t('overview.m_title')}</h2>
      <p>{tr.t('overview.m_intro')}</p>
      <SwitchesForm switches={switches} onChange={setSwitches} />
      <DataTable
        columns={columns}
        data={METHODOLOGY_RULES}
        caption={tr.t('overview.m_rules', { count: METHODOLOGY_RULES.length })}
        pageSize={50}
        testId="rules-table"
      />
    </section>
  );
}
