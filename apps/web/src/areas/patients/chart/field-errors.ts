// Field problems from the API (problem+json `errors`) as messages beside the inputs, translated by
// their stable code, falling back to the server's own text.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http.ts';

export type FieldErrors = Readonly<Record<string, string>>;

/** Messages keyed by field name ('phoneMobile' for '/phoneMobile'; '/permissions/0' → 'permissions'). */
export function useFieldErrors(error: unknown): FieldErrors {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return {};
  const messages: Record<string, string> = {};
  for (const problem of error.fields) {
    const name = problem.field.replace(/^\//, '').split('/')[0] ?? problem.field;
    messages[name] ??= t(`patientChart.fieldErrors.${problem.code}`, {
      defaultValue: problem.message,
    });
  }
  return messages;
}
