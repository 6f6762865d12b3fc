import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddMedicationRequest } from '@server/modules/patients/chart-commands.contracts.ts';
import type { ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { formatDate } from '../../../shell/format.ts';
import { useFieldErrors } from './field-errors.ts';
import { FormErrorSummary } from './form-error-summary.tsx';
import { useChartCommand } from './use-chart.ts';

const EMPTY: AddMedicationRequest = {
  name: '',
  dose: '',
  route: '',
  frequency: '',
  startDate: null,
};

function AddMedicationForm({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AddMedicationRequest>(EMPTY);
  const add = useChartCommand<AddMedicationRequest>(patientId, 'POST', () => '/medications');
  const errors = useFieldErrors(add.error);
  const text = (field: 'name' | 'dose' | 'route' | 'frequency', required = false) => (
    <TextInput
      label={t(`patientChart.medications.${field}`)}
      required={required}
      value={draft[field] ?? ''}
      onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
      error={errors[field]}
    />
  );
  function submit(event: SyntheticEvent) {
    event.preventDefault();
    add.mutate(draft, { onSuccess: onDone });
  }
  return (
    <Card
      withBorder
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="add-medication-title"
    >
      <Stack>
        <Title order={3} size="h5" id="add-medication-title">
          {t('patientChart.medications.add')}
        </Title>
        <FormErrorSummary error={add.error} />
        <Group grow align="flex-start">
          {text('name', true)}
          {text('dose')}
          {text('route')}
          {text('frequency')}
          <TextInput
            type="date"
            label={t('patientChart.medications.startDate')}
            value={draft.startDate ?? ''}
            onChange={(e) => setDraft({ ...draft, startDate: e.currentTarget.value || null })}
            error={errors.startDate}
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

export function MedicationsPanel({ chart }: { chart: ChartResponse }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const patientId = chart.patient.id;
  const medications = chart.medications ?? [];
  const canEdit = chart.can.editClinical;
  const stop = useChartCommand<string>(
    patientId,
    'POST',
    (id) => `/medications/${id}/stop`,
    () => undefined,
  );
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '—');
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('patientChart.tabs.medications')}
        </Title>
        {canEdit && !adding && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('patientChart.medications.add')}
          </Button>
        )}
      </Group>
      <FormErrorSummary error={stop.error} />
      {adding && <AddMedicationForm patientId={patientId} onDone={() => setAdding(false)} />}
      {medications.length === 0 ? (
        <Text c="gray.7">{t('patientChart.medications.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Caption>{t('patientChart.medications.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('patientChart.medications.name')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.medications.kind')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.medications.dose')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.medications.route')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.medications.frequency')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.medications.dates')}</Table.Th>
                <Table.Th scope="col">{t('patients.status')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('patientChart.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {medications.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Th scope="row">{m.name}</Table.Th>
                  <Table.Td>
                    <Badge variant={m.kind === 'infusion' ? 'filled' : 'light'} color="cyan">
                      {t(`patientChart.medicationKind.${m.kind}`, { defaultValue: m.kind })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{m.dose ?? '—'}</Table.Td>
                  <Table.Td>{m.route ?? '—'}</Table.Td>
                  <Table.Td>{m.frequency ?? '—'}</Table.Td>
                  <Table.Td>
                    {date(m.startDate)} – {date(m.endDate)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={m.status === 'active' ? 'teal' : 'gray'}>
                      {t(`patientChart.medicationStatus.${m.status}`, { defaultValue: m.status })}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {m.status === 'active' && m.kind === 'home' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => stop.mutate(m.id)}
                          aria-label={t('patientChart.medications.stopNamed', { name: m.name })}
                        >
                          {t('patientChart.medications.stop')}
                        </Button>
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
