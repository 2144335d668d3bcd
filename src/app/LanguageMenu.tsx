import { useEffect, useRef, useState } from 'react';
import { useView } from '../hooks/app-context';
import { LANGS, LANG_NAMES, isLang, loadCatalog, useT, type Lang } from '../i18n';

/** The UI language, kept in the URL (`?lang=fr`) so a shared link opens in the same language. */
export function LanguageMenu() {
  const { lang, navigate } = useView();
  const { t } = useT();
  // The menu shows a choice at once; the page switches when that catalog has arrived.
  const [picked, setPicked] = useState<Lang | null>(null);
  const latest = useRef<{ picked: Lang | null; navigate: typeof navigate }>({
    picked: null,
    navigate,
  });
  useEffect(() => {
    latest.current.navigate = navigate;
  }, [navigate]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const choose = (next: Lang) => {
    setPicked(next);
    latest.current.picked = next;
    // Switching only once the catalog is here keeps the page from mixing languages; a catalog
    // that cannot be fetched leaves English text (the translator's fallback). The last choice
    // wins even if an earlier one's catalog arrives after it.
    const apply = () => {
      if (latest.current.picked !== next) return;
      latest.current.navigate({ lang: next }, { replace: true });
      latest.current.picked = null;
      setPicked(null);
    };
    loadCatalog(next).then(apply, apply);
  };
  return (
    <label className="language-menu">
      <span>{t('common.languageLabel')}</span>{' '}
      <select
        value={picked ?? lang}
        data-testid="language-select"
        onChange={(e) => {
          if (isLang(e.target.value)) choose(e.target.value);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
