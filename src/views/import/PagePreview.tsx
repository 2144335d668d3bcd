import type { PageCheck, ImportedPage } from '../../ingest';
import type { MessageId } from '../../i18n';
import { useT } from '../../i18n';
import { CanonicalActionPlanRow, CanonicalCommitmentRow } from '../../model/canonical-layout';
import type { PageKind } from '../../page-import';

const KIND_LABEL: Record<PageKind, MessageId> = {
  commitment: 'pageImport.kind_commitment',
  action_plan: 'pageImport.kind_action_plan',
  unrecognised: 'pageImport.kind_unrecognised',
};

/** Longer text as printed is cut in the table (whole in its tooltip). */
const SHOWN = 140;

/** The canonical layout's description of a field, shown as a tooltip. */
function describe(kind: PageKind, field: string): string | undefined {
  const shape: Record<string, { description?: string | undefined }> =
    kind === 'action_plan' ? CanonicalActionPlanRow.shape : CanonicalCommitmentRow.shape;
  return Object.hasOwn(shape, field) ? shape[field]?.description : undefined;
}

interface PagePreviewProps {
  page: ImportedPage;
  /** Null while the page is checked against the loaded data (or when nothing is loaded). */
  check: PageCheck | null;
  checking: boolean;
}

/** One page as read: its kind, every field recognised (as shown → as stored), lines not read. */
export function PagePreview({ page, check, checking }: PagePreviewProps) {
  const { t } = useT();
  const r = page.result;
  const kind = t(KIND_LABEL[r.kind]);
  return (
    <article className="page-preview" data-testid="page-preview" data-kind={r.kind}>
      <h4 data-testid="page-kind">{t('pageImport.pageHeading', { name: page.name, kind })}</h4>
      {r.language && <p className="muted">{t('pageImport.language', { lang: r.language })}</p>}
      {r.kind === 'unrecognised' ? (
        <div className="import-neither" role="status" data-testid="import-neither">
          <strong>{t('pageImport.neither')}</strong>
          <p>{t('pageImport.neitherHint')}</p>
        </div>
      ) : (
        <>
          <CheckNotes page={page} check={check} checking={checking} />
          <FieldsTable page={page} />
          <h5>{t('pageImport.unrecognisedTitle')}</h5>
          {r.unrecognised_lines.length === 0 ? (
            <p className="muted" data-testid="import-unrecognised-none">
              {t('pageImport.unrecognisedNone')}
            </p>
          ) : (
            <ul className="unrecognised" data-testid="import-unrecognised">
              {r.unrecognised_lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </article>
  );
}

function CheckNotes({ page, check, checking }: PagePreviewProps) {
  const { t } = useT();
  const r = page.result;
  const required = r.kind === 'commitment' ? ['commitment_id', 'member'] : ['plan_id', 'member'];
  const missing = required.filter((k) => r.record[k] === undefined || r.record[k] === null);
  if (missing.length > 0 || r.message) {
    return (
      <p className="warning" role="status" data-testid="import-problem">
        {missing.length > 0
          ? t('pageImport.missingFields', { fields: missing.join(', ') })
          : r.message}
      </p>
    );
  }
  if (checking && !check) return <p className="muted">{t('pageImport.checking')}</p>;
  if (!check) return null;
  if (check.duplicate) {
    return (
      <p className="warning" role="status" data-testid="import-duplicate">
        {t('pageImport.duplicate', { id: check.duplicate.id, from: check.duplicate.from })}
      </p>
    );
  }
  const member = String(r.record.member ?? '');
  return (
    <p className="muted" data-testid="import-joins">
      {check.member && check.plan
        ? t('pageImport.joinsPlan', { member: check.member.name, plan: check.plan.id })
        : check.member
          ? t('pageImport.joinsMember', { member: check.member.name })
          : t('pageImport.newMember', { member })}
    </p>
  );
}

function FieldsTable({ page }: { page: ImportedPage }) {
  const { t } = useT();
  const r = page.result;
  return (
    <div className="data-table">
      <table data-testid="import-fields">
        <caption>{t('pageImport.fieldsCaption', { count: r.fields.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pageImport.colField')}</th>
            <th scope="col">{t('pageImport.colLabel')}</th>
            <th scope="col">{t('pageImport.colPrinted')}</th>
            <th scope="col">{t('pageImport.colStored')}</th>
          </tr>
        </thead>
        <tbody>
          {r.fields.map((f, i) => {
            const stored = Object.hasOwn(r.record, f.field);
            const value = stored ? r.record[f.field] : null;
            return (
              <tr key={`${f.field}-${i}`} data-field={f.field}>
                <td title={describe(r.kind, f.field)}>
                  <code>{f.field}</code>
                </td>
                <td>{f.label}</td>
                <td className="printed" title={f.raw.length > SHOWN ? f.raw : undefined}>
                  {f.raw.length > SHOWN ? `${f.raw.slice(0, SHOWN - 1).trimEnd()}…` : f.raw}
                </td>
                <td data-testid={`stored-${f.field}`}>
                  {!stored ? (
                    <span className="muted">{t('pageImport.derived')}</span>
                  ) : value === null || value === '' ? (
                    <span className="muted">{t('pageImport.empty')}</span>
                  ) : (
                    <code>{String(value)}</code>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
