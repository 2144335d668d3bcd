import { useT } from '../../i18n';
import { useState } from 'react';

const EXAMPLES = [
  'SELECT era, count(*) AS commitments FROM commitments GROUP BY era ORDER BY era',
  'SUMMARIZE commitments',
  "SELECT member, cycle, h_ambition_high, count(*) AS n\nFROM commitments WHERE region = 'Europe'\nGROUP BY ALL ORDER BY member, cycle",
];

interface SqlEditorProps {
  initial: string;
  busy: boolean;
  onSubmit(sql: string): void;
}

/** The statement being written; Ctrl/Cmd+Enter or "Run" sends it. */
export function SqlEditor({ initial, busy, onSubmit }: SqlEditorProps) {
  const [text, setText] = useState(initial);
  const { t } = useT();
  return (
    <form
      className="sql-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(text);
      }}
    >
      <label htmlFor="sql-text">{t('plans.sql_statement')}</label>
      <textarea
        id="sql-text"
        value={text}
        rows={6}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit(text);
          }
        }}
        data-testid="sql-text"
      />
      <div className="actions">
        <button type="submit" disabled={busy || text.trim() === ''} data-testid="sql-run">
          {busy ? t('plans.sql_running') : t('plans.sql_run')}
        </button>
        {EXAMPLES.map((ex, i) => (
          <button key={i} type="button" className="example" onClick={() => setText(ex)}>
            {t('plans.sql_example', { n: i + 1 })}
          </button>
        ))}
      </div>
    </form>
  );
}
