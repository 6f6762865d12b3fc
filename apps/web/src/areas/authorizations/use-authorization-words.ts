// The words for the authorization vocabulary in the reader's language, and field problems from the
// API as messages beside the inputs (translated by their stable code, else the server's text).
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.ts';

export type FieldErrors = Readonly<Record<string, string>>;

export function useAuthorizationWords() {
  const { t } = useTranslation();
  return {
    status: (status: string) => t(`authorizations.status.${status}`, { defaultValue: status }),
    serviceLine: (line: string) => t(`authorizations.serviceLine.${line}`, { defaultValue: line }),
    unitType: (unitType: string, count: number) =>
      t(`authorizations.unitType.${unitType}`, { count, defaultValue: unitType }),
    channel: (channel: string) => t(`authorizations.channel.${channel}`, { defaultValue: channel }),
    level: (level: string) => t(`authorizations.level.${level}`, { defaultValue: level }),
    outcome: (outcome: string) => t(`authorizations.outcome.${outcome}`, { defaultValue: outcome }),
    method: (method: string) => t(`authorizations.method.${method}`, { defaultValue: method }),
    flag: (flag: string) => t(`authorizations.filter.${flag}`, { defaultValue: flag }),
  };
}

/** Messages keyed by the first segment of the field pointer ('/approvedEnd' → 'approvedEnd'). */
export function useFieldErrors(error: unknown): FieldErrors {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return {};
  const messages: Record<string, string> = {};
  for (const problem of error.fields) {
    const name = problem.field.replace(/^\//, '').split('/')[0] ?? problem.field;
    messages[name] ??= t(`authorizations.fieldErrors.${problem.code}`, {
      defaultValue: problem.message,
    });
  }
  return messages;
}
