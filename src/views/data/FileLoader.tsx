import { useT } from '../../i18n';
import { useState, type DragEvent } from 'react';
import { readBrowserFiles } from '../../datasets/dataset-request';
import { useDataset } from '../../hooks/app-context';
import { toError } from '../../hooks/async-state';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { splitDropped } from './split-dropped';

export const ACCEPT = '.csv,.tsv,.txt,.json,.jsonl,.parquet,.xlsx';

/** Choose or drop files, then load them as a new dataset that replaces the current one. */
export function FileLoader() {
  const { request, load } = useDataset();
  const [commitments, setCommitments] = useState<File[]>([]);
  const [plans, setPlans] = useState<File[]>([]);
  const [over, setOver] = useState(false);
  const [readError, setReadError] = useState<Error | null>(null);
  const busy = load.status === 'pending';
  const { t } = useT();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const split = splitDropped([...e.dataTransfer.files]);
    setCommitments(split.commitments);
    if (split.actionPlans.length > 0) setPlans(split.actionPlans);
  };

  const submit = async (form: HTMLFormElement) => {
    setReadError(null);
    try {
      const [c, p] = await Promise.all([readBrowserFiles(commitments), readBrowserFiles(plans)]);
      request({ kind: 'files', commitments: c, actionPlans: p });
      // A load takes what is staged; the next one starts from an empty selection.
      setCommitments([]);
      setPlans([]);
      form.reset();
    } catch (e) {
      setReadError(toError(e));
    }
  };

  return (
    <form
      className={`file-loader${over ? ' over' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <p>
        <strong>{t('data.ownFiles')}</strong>
        {t('data.ownFilesIntro')}
      </p>
      <label>
        {t('data.commitmentFiles')}{' '}
        <input
          type="file"
          data-testid="file-input"
          accept={ACCEPT}
          multiple
          onChange={(e) => setCommitments([...(e.target.files ?? [])])}
        />
      </label>
      <label>
        {t('data.plansFile')}{' '}
        <input
          type="file"
          data-testid="plans-input"
          accept={ACCEPT}
          onChange={(e) => setPlans([...(e.target.files ?? [])])}
        />
      </label>
      <StagedFiles commitments={commitments} plans={plans} />
      <button type="submit" disabled={busy || commitments.length === 0} data-testid="load-files">
        {busy ? t('ui.loading') : t('data.loadFiles')}
      </button>
      {readError && <ErrorMessage error={readError} title={t('data.couldNotRead')} />}
    </form>
  );
}

function StagedFiles({ commitments, plans }: { commitments: File[]; plans: File[] }) {
  const { t } = useT();
  if (commitments.length === 0 && plans.length === 0) return null;
  return (
    <ul className="staged">
      {commitments.map((f) => (
        <li key={`c-${f.name}`}>
          {f.name} <span className="muted">{t('data.stagedCommitments')}</span>
        </li>
      ))}
      {plans.map((f) => (
        <li key={`p-${f.name}`}>
          {f.name} <span className="muted">{t('data.stagedPlans')}</span>
        </li>
      ))}
    </ul>
  );
}
