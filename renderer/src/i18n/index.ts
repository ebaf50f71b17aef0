// i18next set up once with both languages bundled (they are small), so switching never waits.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ja } from './ja';

import { LANGUAGES, type Lang } from '../../../electron/shared/languages';

export { LANGUAGES, type Lang };

export const LANGUAGE_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };

export function languageFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export async function initI18n(lang: Lang): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'ja',
    // React escapes text itself; escaping here would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
}

export async function switchLanguage(lang: Lang): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function currentLanguage(): Lang {
  return languageFromLocale(i18next.language);
}
