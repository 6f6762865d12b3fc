// Small formatting helpers for the chart: age from a birth date, a language's own name in the
// reader's language.

/** Whole years between an ISO birth date and today. */
export function ageOn(birthDate: string, today = new Date()): number {
  const [y = 0, m = 0, d = 0] = birthDate.split('-').map(Number);
  const month = today.getMonth() + 1;
  const before = month < m || (month === m && today.getDate() < d);
  return today.getFullYear() - y - (before ? 1 : 0);
}

/** 'Spanish' / '西班牙语' for 'es', in the reader's language; the tag itself when unknown. */
export function languageName(tag: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Languages offered in the demographics form: the languages most spoken at home in the US
 * besides English (Census ACS ⚠️ from memory, order approximate), and whatever the chart holds.
 */
export const COMMON_LANGUAGES = [
  'en',
  'es',
  'zh-Hans',
  'zh-Hant',
  'yue',
  'fil',
  'vi',
  'ar',
  'fr',
  'ko',
  'ru',
  'ht',
  'pt',
  'de',
  'hi',
  'pl',
  'it',
  'ja',
  'fa',
  'ur',
  'gu',
  'bn',
  'so',
  'hmn',
  'ase',
] as const;
