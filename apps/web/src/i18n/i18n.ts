// Every user-facing string goes through i18next; English and Simplified Chinese catalogues must
// hold the same keys (a unit test fails otherwise).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES } from './catalogues.ts';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'infusio.locale';

export function initialLanguage(): LanguageCode {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh')
    ? 'zh-CN'
    : 'en';
}

export async function changeLanguage(code: LanguageCode): Promise<void> {
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = code;
  await i18n.changeLanguage(code);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: CATALOGUES.en }, 'zh-CN': { translation: CATALOGUES['zh-CN'] } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export default i18n;
