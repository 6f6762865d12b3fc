import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AddAllergyRequest,
  MarkAllergyInactiveRequest,
} from '@server/modules/patients/chart-commands.contracts.ts';
import type { ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { ALLERGY_SEVERITIES } from '@server/modules/patients/chart-vocabulary.ts';
import { formatDateTime } from '../../../shell/format.ts';
import { useFieldErrors } from './field-errors.ts';
import { FormErrorSummary } from './form-error-summary.tsx';
import { useChartCommand } from './use-chart.ts';

type Severity = (typeof ALLERGY_SEVERITIES)[number];

function AddAllergyForm({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [substance, setSubstance] = useState('');
  const [reaction, setReaction] = useState('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const add = useChartCommand<AddAllergyRequest>(patientId, 'POST', () => '/allergies');
  const errors = useFieldErrors(add.error);
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    add.mutate(
      { substance, reaction, severity: severity === '' ? null : severity },
      { onSuccess: onDone },
    );
  }
  return (
    <Card
      withBorder
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="add-allergy-title"
    >
      <Stack>
        <Title order={3} size="h5" id="add-allergy-title">
          {t('patientChart.allergies.add')}
        </Title>
        <FormErrorSummary error={add.error} />
        <Group grow align="flex-start">
          <TextInput
            label={t('patientChart.allergies.substance')}
            description={t('patientChart.allergies.substanceHelp')}
            required
            value={substance}
            onChange={(e) => setSubstance(e.currentTarget.value)}
            error={errors.substance}
          />
          <TextInput
            label={t('patientChart.allergies.reaction')}
            value={reaction}
            onChange={(e) => setReaction(e.currentTarget.value)}
            error={errors.reaction}
          />
          <NativeSelect
            label={t('patientChart.allergies.severity')}
            value={severity}
            data={[
              { value: '', label: t('patientChart.notRecorded') },
              ...ALLERGY_SEVERITIES.map((s) => ({
                value: s,
                label: t(`patientChart.severity.${s}`),
              })),
            ]}
            onChange={(e) => setSeverity(e.currentTarget.value as Severity | '')}
            error={errors.severity}
          />
        </Group>
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('patientChart.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('patientChart.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function AllergiesPanel({ chart }: { chart: ChartResponse }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const patientId = chart.patient.id;
  const allergies = chart.allergies ?? [];
  const canEdit = chart.can.editClinical;
  const nkda = useChartCommand<AddAllergyRequest>(patientId, 'POST', () => '/allergies');
  const mark = useChartCommand<{ id: string } & MarkAllergyInactiveRequest>(
    patientId,
    'POST',
    (body) => `/allergies/${body.id}/mark-inactive`,
    (body) => ({ status: body.status }),
  );
  const hasActive = allergies.some((a) => a.status === 'active');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('patientChart.tabs.allergies')}
        </Title>
        {canEdit && !adding && (
          <Group gap="xs">
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              {t('patientChart.allergies.add')}
            </Button>
            {!hasActive && (
              <Button
                variant="light"
                loading={nkda.isPending}
                onClick={() => nkda.mutate({ substance: 'NKDA' })}
              >
                {t('patientChart.allergies.recordNkda')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <FormErrorSummary error={nkda.error ?? mark.error} />
      {adding && <AddAllergyForm patientId={patientId} onDone={() => setAdding(false)} />}
      {allergies.length === 0 ? (
        <Text c="gray.7">{t('patientChart.allergies.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped>
            <Table.Caption>{t('patientChart.allergies.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('patientChart.allergies.substance')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.allergies.reaction')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.allergies.severity')}</Table.Th>
                <Table.Th scope="col">{t('patients.status')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.recorded')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('patientChart.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {allergies.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">
                    {a.isNkda ? t('patientChart.allergies.nkda') : a.substance}
                  </Table.Th>
                  <Table.Td>{a.reaction ?? '—'}</Table.Td>
                  <Table.Td>{a.severity ? t(`patientChart.severity.${a.severity}`) : '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={a.status === 'active' ? 'red' : 'gray'}>
                      {t(`patientChart.allergyStatus.${a.status}`, { defaultValue: a.status })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(a.recordedAt, i18n.language)}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {a.status === 'active' && (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => mark.mutate({ id: a.id, status: 'inactive' })}
                            aria-label={t('patientChart.allergies.markInactiveNamed', {
                              name: a.substance,
                            })}
                          >
                            {t('patientChart.allergies.markInactive')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => mark.mutate({ id: a.id, status: 'entered-in-error' })}
                            aria-label={t('patientChart.allergies.enteredInErrorNamed', {
                              name: a.substance,
                            })}
                          >
                            {t('patientChart.allergies.enteredInError')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
