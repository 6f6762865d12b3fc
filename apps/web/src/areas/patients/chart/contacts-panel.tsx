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
import type { AddContactRequest } from '@server/modules/patients/chart-commands.contracts.ts';
import type { ChartResponse, Contact } from '@server/modules/patients/chart.contracts.ts';
import { useFieldErrors } from './field-errors.ts';
import { FormErrorSummary } from './form-error-summary.tsx';
import { RelationshipSelect } from './relationship-select.tsx';
import { useChartCommand } from './use-chart.ts';

const EMPTY: AddContactRequest = {
  name: '',
  relationship: 'son',
  phone: '',
  email: '',
  isEmergencyContact: true,
  isLegalRepresentative: false,
};

function AddContactForm({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AddContactRequest>(EMPTY);
  const add = useChartCommand<AddContactRequest>(patientId, 'POST', () => '/contacts');
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
      aria-labelledby="add-contact-title"
    >
      <Stack>
        <Title order={3} size="h5" id="add-contact-title">
          {t('patientChart.contacts.add')}
        </Title>
        <FormErrorSummary error={add.error} />
        <Group grow align="flex-start">
          <TextInput
            label={t('patientChart.name')}
            required
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            error={errors.name}
          />
          <RelationshipSelect
            value={draft.relationship}
            onChange={(relationship) => setDraft({ ...draft, relationship })}
            error={errors.relationship}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            label={t('patient.phone')}
            type="tel"
            value={draft.phone ?? ''}
            onChange={(e) => setDraft({ ...draft, phone: e.currentTarget.value })}
            error={errors.phone}
          />
          <TextInput
            label={t('patient.email')}
            type="email"
            value={draft.email ?? ''}
            onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
            error={errors.email}
          />
        </Group>
        <Group>
          <Checkbox
            label={t('patientChart.contacts.emergency')}
            checked={draft.isEmergencyContact}
            onChange={(e) => setDraft({ ...draft, isEmergencyContact: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('patientChart.contacts.legal')}
            checked={draft.isLegalRepresentative}
            onChange={(e) => setDraft({ ...draft, isLegalRepresentative: e.currentTarget.checked })}
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

function RemoveButton({ patientId, contact }: { patientId: string; contact: Contact }) {
  const { t } = useTranslation();
  const remove = useChartCommand<string>(
    patientId,
    'POST',
    (id) => `/contacts/${id}/remove`,
    () => undefined,
  );
  return (
    <Button
      size="xs"
      variant="subtle"
      color="red"
      loading={remove.isPending}
      onClick={() => remove.mutate(contact.id)}
      aria-label={t('patientChart.contacts.removeNamed', { name: contact.name })}
    >
      {t('patientChart.contacts.remove')}
    </Button>
  );
}

export function ContactsPanel({ chart }: { chart: ChartResponse }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const contacts = chart.contacts ?? [];
  const canEdit = chart.can.editContacts;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('patientChart.tabs.contacts')}
        </Title>
        {canEdit && !adding && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('patientChart.contacts.add')}
          </Button>
        )}
      </Group>
      {adding && <AddContactForm patientId={chart.patient.id} onDone={() => setAdding(false)} />}
      {contacts.length === 0 ? (
        <Text c="gray.7">{t('patientChart.contacts.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('patientChart.contacts.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('patientChart.name')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.relationship')}</Table.Th>
                <Table.Th scope="col">{t('patient.phone')}</Table.Th>
                <Table.Th scope="col">{t('patient.email')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.contacts.roles')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('patientChart.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row">{c.name}</Table.Th>
                  <Table.Td>
                    {t(`patientChart.relationships.${c.relationship}`, {
                      defaultValue: c.relationship,
                    })}
                  </Table.Td>
                  <Table.Td>{c.phone ?? '—'}</Table.Td>
                  <Table.Td>{c.email ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {c.isEmergencyContact && (
                        <Badge color="orange" variant="light">
                          {t('patientChart.contacts.emergency')}
                        </Badge>
                      )}
                      {c.isLegalRepresentative && (
                        <Badge variant="light">{t('patientChart.contacts.legal')}</Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <RemoveButton patientId={chart.patient.id} contact={c} />
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
