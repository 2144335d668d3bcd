import { translateRuleNote, useT } from '../../i18n';
import type { HarmonisedRow, NativeRow } from './rating-rows';

function Native({ n }: { n: NativeRow }) {
  const { t } = useT();
  return (
    <li>
      <span className="field">{n.label}</span>
      {t('format.colon')}
      {t('commitment.raw')}{' '}
      {n.raw ? (
        <q className="raw">{n.raw}</q>
      ) : (
        <span className="muted">{t('commitment.blank')}</span>
      )}{' '}
      → {t('commitment.code')} <code>{n.code}</code> <span className="muted">({n.meaning})</span>
    </li>
  );
}

/** Every harmonised value, the rule that produced it and the raw labels it was read from. */
export function RatingsTable({ rows, other }: { rows: HarmonisedRow[]; other: NativeRow[] }) {
  const tr = useT();
  const { t } = tr;
  return (
    <>
      <table className="ratings" data-testid="ratings-table">
        <caption>{t('commitment.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('commitment.h_harmonised')}</th>
            <th scope="col">{t('commitment.h_value')}</th>
            <th scope="col">{t('commitment.h_rule')}</th>
            <th scope="col">{t('commitment.h_natives')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.inForce ? undefined : 'not-in-force'} data-rating={r.id}>
              <th scope="row">
                {r.label}
                {!r.inForce && <span className="muted">{t('commitment.notInForce')}</span>}
              </th>
              <td className="value" data-testid={`h-${r.id}`}>
                {r.valueText}
              </td>
              <td>{r.rule ? translateRuleNote(r.rule, tr) : '—'}</td>
              <td>
                {r.inputs.length === 0 ? (
                  <span className="muted">{t('commitment.noneInSource')}</span>
                ) : (
                  <ul className="natives">
                    {r.inputs.map((n) => (
                      <Native key={n.id} n={n} />
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {other.length > 0 && (
        <>
          <h3>{t('commitment.otherRatings')}</h3>
          <ul className="natives" data-testid="other-ratings">
            {other.map((n) => (
              <Native key={n.id} n={n} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
