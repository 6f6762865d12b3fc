// A history row's before/after values in the reader's language where the chart knows the words
// (relationships, permissions, severities, statuses, yes/no, languages); as stored otherwise.
import type { TFunction } from 'i18next';
import { formatDate } from '../../../shell/format.ts';
import { languageName } from './chart-format.ts';

const STATUS_KEYS: Readonly<Record<string, string>> = {
  allergy: 'patientChart.allergyStatus',
  diagnosis: 'patientChart.diagnosisStatus',
  medication: 'patientChart.medicationStatus',
};

export function formatHistoryValue(
  t: TFunction,
  language: string,
  change: { entity: string; field: string | null },
  value: string | null,
): string {
  if (value === null) return '—';
  const translate = (key: string) => t(key, { defaultValue: value });
  switch (change.field) {
    case 'relationship':
      return translate(`patientChart.relationships.${value}`);
    case 'severity':
      return translate(`patientChart.severity.${value}`);
    case 'sex':
      return translate(`sex.${value}`);
    case 'kind':
      return translate(`patientChart.medicationKind.${value}`);
    case 'preferredLanguage':
      return languageName(value, language);
    case 'birthDate':
    case 'startDate':
    case 'endDate':
      return formatDate(value, language);
    case 'permissions':
      return value
        .split(', ')
        .filter(Boolean)
        .map((p) => t(`patientChart.permissions.${p}`, { defaultValue: p }))
        .join(', ');
    case 'status': {
      const base = STATUS_KEYS[change.entity];
      return base ? translate(`${base}.${value}`) : value;
    }
    default:
      if (value === 'true') return t('common.yes');
      if (value === 'false') return t('common.no');
      return value;
  }
}
