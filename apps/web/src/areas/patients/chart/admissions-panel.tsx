import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdmissionSummary, ChartResponse } from '@server/modules/patients/chart.contracts.ts';
import { useSession } from '../../../api/session.ts';
import { areasFor } from '../../../shell/areas.ts';
import { formatDate, formatDateTime } from '../../../shell/format.ts';

/** Staff who work admissions open the admission's own page from the chart. */
function useCanOpenAdmissions(): boolean {
  const session = useSession();
  const roles = session.data?.user.roles ?? [];
  return areasFor(roles).some((area) => area.id === 'patients' || area.id === 'workQueue');
}

const STATUS_COLOR: Record<string, string> = {
  open: 'teal',
  'on-hold': 'orange',
  'not-admitted': 'gray',
  cancelled: 'gray',
  discharged: 'gray',
};

function EventLine({ event }: { event: AdmissionSummary['events'][number] }) {
  const { t } = useTranslation();
  if (event.toStage)
    return (
      <>
        {t('patientChart.admissions.movedTo', {
          stage: t(`patientChart.stages.${event.toStage}`, { defaultValue: event.toStage }),
        })}
      </>
    );
  if (event.toStatus)
    return (
      <>
        {t('patientChart.admissions.statusTo', {
          status: t(`patientChart.admissionStatus.${event.toStatus}`, {
            defaultValue: event.toStatus,
          }),
        })}
      </>
    );
  return <>{t(`patientChart.admissions.eventKinds.${event.kind}`, { defaultValue: event.kind })}</>;
}

function AdmissionCard({ admission }: { admission: AdmissionSummary }) {
  const { t, i18n } = useTranslation();
  const canOpen = useCanOpenAdmissions();
  const stage = t(`patientChart.stages.${admission.stage}`, { defaultValue: admission.stage });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {admission.therapy
              ? t(`patientChart.therapies.${admission.therapy}`, {
                  defaultValue: admission.therapy,
                })
              : t('patientChart.admissions.episode')}
            {admission.drugName ? ` — ${admission.drugName}` : ''}
          </Title>
          <Group gap="xs">
            <Badge size="lg" variant="light">
              {t('patientChart.admissions.stageLabel', { stage })}
            </Badge>
            <Badge size="lg" color={STATUS_COLOR[admission.status] ?? 'gray'}>
              {t(`patientChart.admissionStatus.${admission.status}`, {
                defaultValue: admission.status,
              })}
            </Badge>
          </Group>
        </Group>
        <Text size="sm">
          {t('patientChart.admissions.dates', {
            received: formatDateTime(admission.receivedAt, i18n.language),
            start: admission.startOfCareAt
              ? formatDateTime(admission.startOfCareAt, i18n.language)
              : admission.expectedStartDate
                ? t('patientChart.admissions.expected', {
                    date: formatDate(admission.expectedStartDate, i18n.language),
                  })
                : '—',
          })}
        </Text>
        {canOpen && (
          <Anchor component={Link} to={`/admissions/${admission.id}`}>
            {t('patientChart.admissions.open')}
          </Anchor>
        )}
        {admission.events.length > 0 && (
          <Table>
            <Table.Caption>{t('patientChart.admissions.historyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('patientChart.history.when')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.history.who')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.history.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {admission.events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDateTime(e.at, i18n.language)}</Table.Td>
                  <Table.Td>{e.actorName ?? '—'}</Table.Td>
                  <Table.Td>
                    <EventLine event={e} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

export function AdmissionsPanel({ chart }: { chart: ChartResponse }) {
  const { t } = useTranslation();
  const admissions = chart.admissions ?? [];
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('patientChart.tabs.admissions')}
      </Title>
      {admissions.length === 0 ? (
        <Text c="gray.7">{t('patientChart.admissions.none')}</Text>
      ) : (
        admissions.map((a) => <AdmissionCard key={a.id} admission={a} />)
      )}
    </Stack>
  );
}
