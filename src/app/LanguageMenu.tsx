import { useEffect } from 'react';
import { useView } from '../hooks/app-context';
import { LANGS, LANG_NAMES, isLang, useT } from '../i18n';

/** The UI language, kept in the URL (`?lang=fr`) so a shared link opens in the same language. */
export function LanguageMenu() {
  const { lang, navigate } = useView();
  const { t } = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <label className="language-menu">
      <span>{t('common.languageLabel')}</span>{' '}
      <select
        value={lang}
        data-testid="language-select"
        onChange={(e) => {
          if (isLang(e.target.value)) navigate({ lang: e.target.value }, { replace: true });
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
