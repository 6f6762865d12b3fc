// A role's queue as a table, in the order the server ranks it (discharge pending, urgent, response
// clock, start date, time in stage). The patient's name opens the admission.
import { Anchor, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueueItem } from '@server/modules/intake/intake.contracts.ts';
import { formatDate } from '../../shell/format.ts';
import { AgeingBadge, ClockBadge, FlagBadges } from '../admissions/admission-badges.tsx';
import { ClaimActions } from '../admissions/claim-actions.tsx';
import { useAdmissionLabels } from '../admissions/use-admission-labels.ts';

export function QueueTable({ items, caption }: { items: readonly QueueItem[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const labels = useAdmissionLabels();
  const dash = <Text c="gray.7">—</Text>;
  return (
    <Table.ScrollContainer minWidth={1180}>
      <Table striped verticalSpacing="xs" data-testid="queue-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('workQueue.columns.patient')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.therapy')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.stage')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.timeInStage')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.expectedStart')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.flags')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.waitingFor')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.ready')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.clock')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.claimed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.admissionId} data-admission-id={item.admissionId}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/admissions/${item.admissionId}`} fw={600}>
                  {item.patientName}
                </Anchor>
                <Text size="xs" c="gray.7">
                  {t('workQueue.mrn', { mrn: item.mrn })}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{labels.therapy(item.therapy)}</Text>
                <Text size="xs" c="gray.7">
                  {item.drugName}
                </Text>
              </Table.Td>
              <Table.Td>{labels.stage(item.stage)}</Table.Td>
              <Table.Td>
                <AgeingBadge ageing={item.ageing} hours={item.hoursInStage} />
              </Table.Td>
              <Table.Td>
                {item.expectedStartDate ? formatDate(item.expectedStartDate, i18n.language) : dash}
              </Table.Td>
              <Table.Td>
                {item.priorityFlags.length > 0 ? <FlagBadges flags={item.priorityFlags} /> : dash}
              </Table.Td>
              <Table.Td>
                {item.waitingFor.length > 0 ? (
                  <List size="sm" spacing={0}>
                    {item.waitingFor.map((w) => (
                      <List.Item key={w.key}>{labels.precondition(w.key)}</List.Item>
                    ))}
                  </List>
                ) : (
                  dash
                )}
              </Table.Td>
              <Table.Td>
                {item.readyToAdvance
                  ? t('workQueue.readyTo', { stage: labels.stage(item.readyToAdvance) })
                  : dash}
              </Table.Td>
              <Table.Td>
                {item.responseClock ? <ClockBadge clock={item.responseClock} /> : dash}
              </Table.Td>
              <Table.Td>
                <ClaimActions
                  admissionId={item.admissionId}
                  assignedTo={item.assignedTo}
                  subject={item.patientName}
                  showAssignee
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
