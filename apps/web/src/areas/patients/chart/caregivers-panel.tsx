import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Caregiver, ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { CaregiverForm } from './caregiver-form.tsx';
import { useChartCommand } from './use-chart.ts';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; caregiver: Caregiver };

function PermissionBadges({ permissions }: { permissions: readonly string[] }) {
  const { t } = useTranslation();
  if (permissions.length === 0)
    return <Text c="gray.7">{t('patientChart.caregivers.noPermissions')}</Text>;
  return (
    <Group gap={4}>
      {permissions.map((p) => (
        <Badge key={p} variant="light" color="cyan">
          {t(`patientChart.permissions.${p}`, { defaultValue: p })}
        </Badge>
      ))}
    </Group>
  );
}

export function CaregiversPanel({ chart }: { chart: ChartResponse }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const patientId = chart.patient.id;
  const deactivate = useChartCommand<string>(
    patientId,
    'POST',
    (id) => `/caregivers/${id}/deactivate`,
    () => undefined,
  );
  const canEdit = chart.can.editCaregivers;
  const list = chart.caregivers ?? [];
  const close = () => setEditing({ kind: 'none' });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('patientChart.tabs.caregivers')}
        </Title>
        {canEdit && editing.kind === 'none' && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing({ kind: 'add' })}
          >
            {t('patientChart.caregivers.add')}
          </Button>
        )}
      </Group>
      {editing.kind === 'add' && <CaregiverForm patientId={patientId} onDone={close} />}
      {editing.kind === 'edit' && (
        <CaregiverForm patientId={patientId} caregiver={editing.caregiver} onDone={close} />
      )}
      {list.length === 0 ? (
        <Text c="gray.7">{t('patientChart.caregivers.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('patientChart.caregivers.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('patientChart.name')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.relationship')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.caregivers.permissions')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.caregivers.portal')}</Table.Th>
                <Table.Th scope="col">{t('patients.status')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('patientChart.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr key={c.id ?? `portal-${c.portalAccount?.username ?? c.name}`}>
                  <Table.Th scope="row">
                    {c.name}
                    {(c.phone ?? c.email) && (
                      <Text size="sm" c="gray.7">
                        {[c.phone, c.email].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    {t(`patientChart.relationships.${c.relationship}`, {
                      defaultValue: c.relationship,
                    })}
                  </Table.Td>
                  <Table.Td>
                    <PermissionBadges permissions={c.permissions} />
                  </Table.Td>
                  <Table.Td>
                    {c.portalAccount ? (
                      <Group gap={4} wrap="nowrap">
                        <IconUserCheck size={16} aria-hidden />
                        <Text size="sm">
                          {t('patientChart.caregivers.hasPortal', {
                            username: c.portalAccount.username,
                          })}
                        </Text>
                      </Group>
                    ) : (
                      t('patientChart.caregivers.noPortal')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600} c={c.active ? 'teal.9' : 'gray.7'}>
                      {c.active ? t('patientChart.active') : t('patientChart.inactive')}
                    </Text>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      {c.active && (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() => setEditing({ kind: 'edit', caregiver: c })}
                            aria-label={t(
                              c.id
                                ? 'patientChart.caregivers.editNamed'
                                : 'patientChart.caregivers.recordNamed',
                              { name: c.name },
                            )}
                          >
                            {c.id ? t('patientChart.edit') : t('patientChart.caregivers.record')}
                          </Button>
                          {c.id && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              loading={deactivate.isPending && deactivate.variables === c.id}
                              onClick={() => c.id && deactivate.mutate(c.id)}
                              aria-label={t('patientChart.caregivers.deactivateNamed', {
                                name: c.name,
                              })}
                            >
                              {t('patientChart.caregivers.deactivate')}
                            </Button>
                          )}
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
