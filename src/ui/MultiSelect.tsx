import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n';

export interface Choice {
  value: string;
  label: string;
  count?: number;
  /** Shown after the label (e.g. a member's region). */
  detail?: string | null;
}

interface MultiSelectProps {
  label: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange(next: string[]): void;
  testId: string;
  /** A search box for long lists (members, policy areas). */
  searchable?: boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** A dropdown of checkboxes; the list renders only while open (127 members, 60+ policy areas). */
export function MultiSelect({
  label,
  choices,
  selected,
  onChange,
  testId,
  searchable,
}: MultiSelectProps) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const box = useRef<HTMLDetailsElement>(null);
  const listId = useId();
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  const shown = useMemo(() => {
    const q = fold(query.trim());
    return q ? choices.filter((c) => fold(`${c.label} ${c.detail ?? ''}`).includes(q)) : choices;
  }, [choices, query]);
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <details
      className="multi-select"
      ref={box}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid={testId}
    >
      <summary>
        {label}
        {selected.length > 0 && <span className="count"> ({selected.length})</span>}
      </summary>
      {open && (
        <div className="multi-panel">
          {searchable && (
            <input
              type="search"
              placeholder={tr.t('filters.search', { label: label.toLowerCase() })}
              aria-label={`Search ${label.toLowerCase()}`}
              aria-controls={listId}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              data-testid={`${testId}-search`}
            />
          )}
          <ul id={listId} aria-label={label}>
            {shown.map((c) => (
              <li key={c.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(c.value)}
                    onChange={(e) => toggle(c.value, e.target.checked)}
                    data-value={c.value}
                  />
                  <span>{c.label}</span>
                  {c.detail && <span className="detail"> · {c.detail}</span>}
                  {c.count !== undefined && <span className="detail"> ({tr.number(c.count)})</span>}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="muted">{tr.t('filters.nothingMatches')}</li>}
          </ul>
        </div>
      )}
    </details>
  );
}
