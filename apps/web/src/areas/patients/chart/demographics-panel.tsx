import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { formatDate } from '../../../shell/format.ts';
import { languageName } from './chart-format.ts';
import { DemographicsForm } from './demographics-form.tsx';

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text>{value ?? '—'}</Text>
    </div>
  );
}

export function DemographicsPanel({ chart }: { chart: ChartResponse }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const p = chart.patient;
  if (editing) return <DemographicsForm patient={p} onDone={() => setEditing(false)} />;
  return (
    <Stack>
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            {t('patient.demographics')}
          </Title>
          {chart.can.editDemographics && (
            <Button
              variant="light"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('patientChart.demographics.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Field label={t('patients.birthDate')} value={formatDate(p.birthDate, i18n.language)} />
          <Field label={t('patient.sex')} value={t(`sex.${p.sex}`)} />
          <Field
            label={t('patient.language')}
            value={languageName(p.preferredLanguage, i18n.language)}
          />
          <Field
            label={t('patient.interpreter')}
            value={p.interpreterNeeded ? t('common.yes') : t('common.no')}
          />
          <Field
            label={t('patient.address')}
            value={`${p.addressLine1}${p.addressLine2 ? `, ${p.addressLine2}` : ''}, ${p.city}, ${p.state} ${p.postalCode}`}
          />
          <Field label={t('patientChart.demographics.phoneMobile')} value={p.phoneMobile} />
          <Field label={t('patientChart.demographics.phoneHome')} value={p.phoneHome} />
          <Field label={t('patient.email')} value={p.email} />
          <Field
            label={t('patient.weight')}
            value={p.weightKg === null ? null : `${p.weightKg} kg`}
          />
          <Field
            label={t('patient.height')}
            value={p.heightCm === null ? null : `${p.heightCm} cm`}
          />
        </SimpleGrid>
      </Card>
      {p.medicalHistory !== undefined && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('patient.history')}
          </Title>
          <Text>{p.medicalHistory ?? t('patient.noHistory')}</Text>
        </Card>
      )}
    </Stack>
  );
}
