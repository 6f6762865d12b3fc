import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIPS, type Relationship } from '@server/modules/patients/chart-vocabulary.ts';

export type { Relationship };

export function RelationshipSelect({
  value,
  onChange,
  error,
}: {
  value: Relationship;
  onChange: (value: Relationship) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('patientChart.relationship')}
      value={value}
      data={RELATIONSHIPS.map((r) => ({ value: r, label: t(`patientChart.relationships.${r}`) }))}
      onChange={(e) => onChange(e.currentTarget.value as Relationship)}
      error={error}
    />
  );
}
