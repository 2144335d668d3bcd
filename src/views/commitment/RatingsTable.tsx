import type { HarmonisedRow, NativeRow } from './rating-rows';

function Native({ n }: { n: NativeRow }) {
  return (
    <li>
      <span className="field">{n.label}</span>: raw{' '}
      {n.raw ? <q className="raw">{n.raw}</q> : <span className="muted">(blank)</span>} → code{' '}
      <code>{n.code}</code> <span className="muted">({n.meaning})</span>
    </li>
  );
}

/** Every harmonised value, the rule that produced it and the raw labels it was read from. */
export function RatingsTable({ rows, other }: { rows: HarmonisedRow[]; other: NativeRow[] }) {
  return (
    <>
      <table className="ratings" data-testid="ratings-table">
        <caption>
          Harmonised values (cross-era) with the rule used and the native ratings they read. A value
          the switches do not use is shown faded.
        </caption>
        <thead>
          <tr>
            <th scope="col">Harmonised</th>
            <th scope="col">Value</th>
            <th scope="col">Rule used</th>
            <th scope="col">Native ratings (raw label as loaded → native code)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.inForce ? undefined : 'not-in-force'} data-rating={r.id}>
              <th scope="row">
                {r.label}
                {!r.inForce && <span className="muted"> (not in force)</span>}
              </th>
              <td className="value" data-testid={`h-${r.id}`}>
                {r.valueText}
              </td>
              <td>{r.rule ?? '—'}</td>
              <td>
                {r.inputs.length === 0 ? (
                  <span className="muted">none in the source file</span>
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
          <h3>Other native ratings</h3>
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
