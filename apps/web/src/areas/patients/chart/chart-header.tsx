import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { formatDate } from '../../../shell/format.ts';
import { AllergyBanner } from './allergy-banner.tsx';
import { ageOn, languageName } from './chart-format.ts';

/** Who the patient is at a glance: name, MRN, age, language (and interpreter), allergies. */
export function ChartHeader({ chart }: { chart: ChartResponse }) {
  const { t, i18n } = useTranslation();
  const p = chart.patient;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>
            {p.familyName}, {p.givenName} {p.middleName ?? ''}
          </Title>
          <Text c="gray.7">
            {t('patientChart.header.summary', {
              age: ageOn(p.birthDate),
              birthDate: formatDate(p.birthDate, i18n.language),
              sex: t(`sex.${p.sex}`),
            })}
          </Text>
        </div>
        <Group gap="xs">
          <Badge
            size="lg"
            variant="light"
            aria-label={t('patientChart.header.mrn', { mrn: p.mrn })}
          >
            {p.mrn}
          </Badge>
          <Badge
            size="lg"
            variant={p.interpreterNeeded ? 'filled' : 'light'}
            color={p.interpreterNeeded ? 'violet' : 'gray'}
            leftSection={<IconLanguage size={14} aria-hidden />}
            data-testid="language-badge"
          >
            {p.interpreterNeeded
              ? t('patientChart.header.interpreter', {
                  language: languageName(p.preferredLanguage, i18n.language),
                })
              : languageName(p.preferredLanguage, i18n.language)}
          </Badge>
          {p.status !== 'active' && (
            <Badge size="lg" color="gray">
              {t(`patients.statuses.${p.status}`, { defaultValue: p.status })}
            </Badge>
          )}
        </Group>
      </Group>
      {chart.allergies && <AllergyBanner allergies={chart.allergies} />}
    </Stack>
  );
}
