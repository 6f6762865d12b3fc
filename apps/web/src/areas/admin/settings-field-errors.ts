// The server's field problems (problem+json `errors`, RFC 9457) as messages keyed by their exact
// JSON pointer ('/tiers/2/discountRate'), translated by their stable code, else the server's words.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.ts';

export type FieldMessages = ReadonlyMap<string, string>;

export function useSettingsFieldErrors(error: unknown): FieldMessages {
  const { t } = useTranslation();
  const messages = new Map<string, string>();
  if (!(error instanceof ApiError)) return messages;
  for (const problem of error.fields) {
    if (messages.has(problem.field)) continue;
    messages.set(
      problem.field,
      t(`assistanceSettings.fieldErrors.${problem.code}`, { defaultValue: problem.message }),
    );
  }
  return messages;
}
