import { useView } from '../../hooks/app-context';
import { DataTable } from '../../tables/DataTable';
import { RULE_COLUMNS } from '../../tables/rule-columns';
import { METHODOLOGY_RULES } from '../../vocab';
import { SwitchesForm } from './SwitchesForm';

export function MethodologyView() {
  const { switches, setSwitches } = useView();
  return (
    <section aria-labelledby="methodology-title">
      <h2 id="methodology-title">Methodology</h2>
      <p>
        IRM ratings changed scales in 2020 (the “refresh”). To compare across eras, every rating
        keeps its raw label and gets a harmonised value by the rules below. “OGP” rules reproduce
        OGP&apos;s own coding; “decision” rules are ours where the sources are silent.
      </p>
      <SwitchesForm switches={switches} onChange={setSwitches} />
      <DataTable
        columns={RULE_COLUMNS}
        data={METHODOLOGY_RULES}
        caption={`${METHODOLOGY_RULES.length} harmonisation rules`}
        pageSize={50}
        testId="rules-table"
      />
    </section>
  );
}
