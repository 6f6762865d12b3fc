// An API error in words: the financial module's 409 reasons have their own translations, every
// other error goes through the shared error messages.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.ts';
import { useErrorMessage } from '../../auth/use-error-message.ts';

const REASONS = new Set([
  'coverage-not-verified',
  'coverage-inactive',
  'superseded',
  'fingerprint-mismatch',
  'not-presented',
]);

export function useFinancialError(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (error) => {
    if (!(error instanceof ApiError)) return t('errors.network');
    const reason = error.extensions.reason;
    if (typeof reason === 'string' && REASONS.has(reason))
      return t(`financial.estimate.errors.${reason}`);
    return describe(error);
  };
}
