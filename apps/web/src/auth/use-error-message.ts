import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/http.ts';

/**
 * A user-facing message for an API error: the translated text for its stable code when the
 * catalogue has one, else the server's own (English) detail, which is always specific.
 */
export function useErrorMessage(): (error: ApiError) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    const key = `errors.${error.code}`;
    if (i18n.language === 'en' || !i18n.exists(key)) return error.detail;
    const retryAfter =
      typeof error.extensions.retryAfterSeconds === 'number'
        ? Math.ceil(error.extensions.retryAfterSeconds / 60)
        : undefined;
    return t(key, { minutes: retryAfter });
  };
}
