import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddDiagnosisRequest } from '@server/modules/patients/chart-commands.contracts.ts';
import type { ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { useFieldErrors } from './field-errors.ts';
import { FormErrorSummary } from './form-error-summary.tsx';
import { useChartCommand } from './use-chart.ts';

function AddDiagnosisForm({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AddDiagnosisRequest>({
    code: '',
    description: '',
    isPrimary: false,
  });
  const add = useChartCommand<AddDiagnosisRequest>(patientId, 'POST', () => '/diagnoses');
  const errors = useFieldErrors(add.error);
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
      aria-labelledby="add-diagnosis-title"
    >
      <Stack>
        <Title order={3} size="h5" id="add-diagnosis-title">
          {t('patientChart.diagnoses.add')}
        </Title>
        <FormErrorSummary error={add.error} />
        <Group grow align="flex-start">
          <TextInput
            label={t('patientChart.diagnoses.code')}
            description={t('patientChart.diagnoses.codeHelp')}
            required
            value={draft.code}
            onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
            error={errors.code}
          />
          <TextInput
            label={t('patientChart.diagnoses.description')}
            value={draft.description ?? ''}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
            error={errors.description}
          />
        </Group>
        <Checkbox
          label={t('patientChart.diagnoses.makePrimary')}
          checked={draft.isPrimary}
          onChange={(e) => setDraft({ ...draft, isPrimary: e.currentTarget.checked })}
        />
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

export function DiagnosesPanel({ chart }: { chart: ChartResponse }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const patientId = chart.patient.id;
  const diagnoses = chart.diagnoses ?? [];
  const canEdit = chart.can.editClinical;
  const resolve = useChartCommand<string>(
    patientId,
    'POST',
    (id) => `/diagnoses/${id}/resolve`,
    () => undefined,
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('patientChart.tabs.diagnoses')}
        </Title>
        {canEdit && !adding && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('patientChart.diagnoses.add')}
          </Button>
        )}
      </Group>
      <FormErrorSummary error={resolve.error} />
      {adding && <AddDiagnosisForm patientId={patientId} onDone={() => setAdding(false)} />}
      {diagnoses.length === 0 ? (
        <Text c="gray.7">{t('patientChart.diagnoses.none')}</Text>
      ) : (
        <Table striped>
          <Table.Caption>{t('patientChart.diagnoses.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('patientChart.diagnoses.code')}</Table.Th>
              <Table.Th scope="col">{t('patientChart.diagnoses.description')}</Table.Th>
              <Table.Th scope="col">{t('patients.status')}</Table.Th>
              {canEdit && <Table.Th scope="col">{t('patientChart.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {diagnoses.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Th scope="row">
                  <Group gap={6}>
                    <span>{d.code}</span>
                    {d.isPrimary && (
                      <Badge color="cyan">{t('patientChart.diagnoses.primary')}</Badge>
                    )}
                  </Group>
                </Table.Th>
                <Table.Td>{d.description ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={d.status === 'active' ? 'teal' : 'gray'}>
                    {t(`patientChart.diagnosisStatus.${d.status}`, { defaultValue: d.status })}
                  </Badge>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    {d.status === 'active' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => resolve.mutate(d.id)}
                        aria-label={t('patientChart.diagnoses.resolveNamed', { code: d.code })}
                      >
                        {t('patientChart.diagnoses.resolve')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
