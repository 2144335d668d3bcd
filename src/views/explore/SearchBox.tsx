import { useT } from '../../i18n';
import { useEffect, useRef, useState } from 'react';

interface SearchBoxProps {
  value: string;
  onCommit(value: string): void;
}

/**
 * Search as you type: the URL (and so the query) follows 250 ms after the last keystroke. A
 * change from outside (Back, a shared link) replaces the text unless it is the one we sent.
 */
export function SearchBox({ value, onCommit }: SearchBoxProps) {
  const { t } = useT();
  const [text, setText] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === sent.current) return;
    const t = setTimeout(() => {
      sent.current = text;
      onCommit(text);
    }, 250);
    return () => clearTimeout(t);
  }, [text, onCommit]);
  return (
    <label className="search">
      <span>{t('explore.search')}</span>
      <input
        type="search"
        value={text}
        placeholder={t('explore.searchHint')}
        onChange={(e) => setText(e.target.value)}
        data-testid="explore-search"
        maxLength={500}
      />
    </label>
  );
}
