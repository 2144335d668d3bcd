import { useState, type DragEvent } from 'react';
import { checkPages, type AddPagesResult, type ImportedPage } from '../../ingest';
import { useDataset } from '../../hooks/app-context';
import { toError } from '../../hooks/async-state';
import { useQuery } from '../../hooks/use-query';
import { useT, type Translator } from '../../i18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CommitmentLink } from '../commitment/CommitmentLink';
import { PagePreview } from './PagePreview';
import { PAGE_ACCEPT, PageReadError, readPageFile, readPageText } from './read-page';
import './import.css';

/**
 * Page import (issue 5): paste or drop OGP commitment / action-plan pages, see every field read,
 * then add the records to the session's data (src/ingest/page-import.ts), marked "page import".
 */
export function ImportView() {
  const translator = useT();
  const { t } = translator;
  const { conn, load, version, addPages } = useDataset();
  const [text, setText] = useState('');
  const [pages, setPages] = useState<ImportedPage[]>([]);
  const [readErrors, setReadErrors] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<AddPagesResult | null>(null);
  const [addError, setAddError] = useState<Error | null>(null);
  const session = load.data;
  const checks = useQuery(
    () => (conn && session && pages.length > 0 ? checkPages(conn, pages) : null),
    [conn, version, pages],
  );
  const checked = checks.status === 'ready' ? checks.data : null;

  const stage = (next: ImportedPage[], errors: string[]) => {
    setPages(next);
    setReadErrors(errors);
    setOutcome(null);
    setAddError(null);
  };

  const readFiles = async (files: File[]) => {
    const read = await Promise.allSettled(files.map(readPageFile));
    stage(
      read.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
      read.flatMap((r, i) =>
        r.status === 'rejected' ? [readErrorText(translator, files[i]?.name ?? '', r.reason)] : [],
      ),
    );
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void readFiles([...e.dataTransfer.files]);
  };

  const add = async () => {
    setAdding(true);
    setAddError(null);
    try {
      const result = await addPages(pages);
      setOutcome(result);
      if (result.added.length > 0) {
        setPages([]);
        setText('');
      }
    } catch (e) {
      setAddError(toError(e));
    } finally {
      setAdding(false);
    }
  };

  const addable = (checked ?? []).filter((c) => !c.problem && !c.duplicate);
  const duplicates = (checked ?? []).flatMap((c) => (c.duplicate ? [c.duplicate.id] : []));

  return (
    <section aria-labelledby="import-title" className="import-view">
      <h2 id="import-title">{t('pageImport.title')}</h2>
      <p>{t('pageImport.intro')}</p>
      {!session && load.status !== 'pending' && (
        <p className="warning" role="status">
          {t('pageImport.noDataset')}
        </p>
      )}
      <div className="import-inputs">
        <form
          className="import-paste"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() !== '') stage([readPageText(t('pageImport.pastedName'), text)], []);
          }}
        >
          <label htmlFor="import-text">{t('pageImport.pasteLabel')}</label>
          <textarea
            id="import-text"
            data-testid="import-text"
            rows={8}
            value={text}
            placeholder={t('pageImport.pastePlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" disabled={text.trim() === ''} data-testid="import-read">
            {t('pageImport.previewPasted')}
          </button>
        </form>
        <div
          className={`file-loader import-drop${over ? ' over' : ''}`}
          data-testid="import-drop"
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <p>{t('pageImport.dropHint')}</p>
          <label>
            {t('pageImport.chooseFiles')}{' '}
            <input
              type="file"
              accept={PAGE_ACCEPT}
              multiple
              data-testid="import-files"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                void readFiles(files);
              }}
            />
          </label>
        </div>
      </div>

      {readErrors.length > 0 && (
        <div className="error" role="alert" data-testid="import-read-errors">
          {readErrors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}

      {pages.length > 0 && (
        <div className="import-preview" data-testid="import-preview">
          <h3>{t('pageImport.previewTitle')}</h3>
          {pages.map((page, i) => (
            <PagePreview
              key={`${page.name}-${i}`}
              page={page}
              check={checked?.[i] ?? null}
              checking={checks.status === 'pending'}
            />
          ))}
          <div className="import-actions">
            {checked && addable.length === 0 ? (
              <p className="muted" data-testid="import-nothing">
                {t('pageImport.nothingToAdd')}
              </p>
            ) : (
              <button
                type="button"
                data-testid="import-add"
                disabled={adding || !checked || addable.length === 0}
                onClick={() => void add()}
              >
                {adding
                  ? t('pageImport.adding')
                  : duplicates.length > 0
                    ? t('pageImport.addSkipping', {
                        count: addable.length,
                        skipped: duplicates.join(', '),
                      })
                    : t('pageImport.add', { count: addable.length })}
              </button>
            )}
          </div>
        </div>
      )}

      {checks.status === 'error' && <ErrorMessage error={checks.error} />}
      {addError && <ErrorMessage error={addError} title={t('pageImport.addFailed')} />}
      {outcome && <Outcome outcome={outcome} />}
      <SessionPages />
    </section>
  );
}

function readErrorText(tr: Translator, name: string, reason: unknown): string {
  if (reason instanceof PageReadError) {
    const p = reason.problem;
    const why =
      p.reason === 'tooLarge'
        ? tr.t('pageImport.tooLarge', { size: p.size })
        : p.reason === 'binary'
          ? tr.t('pageImport.binary')
          : tr.t('pageImport.wrongType');
    return tr.t('pageImport.readError', { name, reason: why });
  }
  return tr.t('pageImport.readError', { name, reason: toError(reason).message });
}

function Outcome({ outcome }: { outcome: AddPagesResult }) {
  const { t } = useT();
  const skipped = outcome.skipped.map((c) => c.id ?? c.name);
  return (
    <div className="import-outcome" role="status" data-testid="import-outcome">
      {outcome.added.length > 0 && (
        <p>
          {t('pageImport.added', {
            count: outcome.added.length,
            ids: outcome.added.map((c) => c.id ?? c.name).join(', '),
          })}
        </p>
      )}
      {skipped.length > 0 && (
        <p className="warning">{t('pageImport.skipped', { ids: skipped.join(', ') })}</p>
      )}
    </div>
  );
}

/** The pages added to the session so far (from the load report: they survive a reload). */
function SessionPages() {
  const { t } = useT();
  const { load } = useDataset();
  const added = load.data?.pages?.pages ?? [];
  return (
    <div className="import-session" data-testid="import-session">
      <h3>{t('pageImport.sessionTitle')}</h3>
      {added.length === 0 ? (
        <p className="muted">{t('pageImport.sessionNone')}</p>
      ) : (
        <>
          <div className="data-table compact">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('pageImport.colPage')}</th>
                  <th scope="col">{t('pageImport.colKind')}</th>
                  <th scope="col">{t('pageImport.colId')}</th>
                </tr>
              </thead>
              <tbody>
                {added.map((p, i) => (
                  <tr key={`${p.id}-${i}`}>
                    <td>{p.name}</td>
                    <td>
                      {t(
                        p.kind === 'commitment'
                          ? 'pageImport.kind_commitment'
                          : 'pageImport.kind_action_plan',
                      )}
                    </td>
                    <td>
                      {p.kind === 'commitment' ? (
                        <CommitmentLink id={p.id} testId={`import-open-${p.id}`} />
                      ) : (
                        p.id
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('pageImport.sessionNote')}</p>
        </>
      )}
    </div>
  );
}
