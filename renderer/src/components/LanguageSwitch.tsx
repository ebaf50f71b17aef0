// 日本語 / English toggle; each name is written in its own language so anyone can find theirs.
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, switchLanguage, type Lang } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.language as Lang;
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={lang === current ? 'active' : undefined}
          aria-pressed={lang === current}
          onClick={() => void switchLanguage(lang)}
        >
          {LANGUAGE_NAMES[lang]}
        </button>
      ))}
    </div>
  );
}
