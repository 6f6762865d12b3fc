// Referrals: start a new one from the console form or import an EHR's FHIR bundle; the referrals
// waiting for a chart match; and new referrals whose source still waits for an answer, the ones
// about to breach the response clock first.
import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueueResponse } from '@server/modules/intake/intake.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { ClockBadge } from '../admissions/admission-badges.tsx';
import { useAdmissionLabels } from '../admissions/use-admission-labels.ts';
import { AwaitingMatchTable } from './awaiting-match-table.tsx';

function AwaitingAnswer({ items }: { items: QueueResponse['items'] }) {
  const { t } = useTranslation();
  const labels = useAdmissionLabels();
  const unanswered = items.filter((item) => item.responseClock !== null);
  if (unanswered.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('intake.unanswered.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="unanswered-referrals">
        <Table.Caption>{t('intake.unanswered.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('workQueue.columns.patient')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.therapy')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.stage')}</Table.Th>
            <Table.Th scope="col">{t('workQueue.columns.clock')}</Table.Th>
            <Table.Th scope="col">{t('intake.unanswered.referral')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {unanswered.map((item) => (
            <Table.Tr key={item.admissionId}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/admissions/${item.admissionId}`}>
                  {item.patientName}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {labels.therapy(item.therapy)} — {item.drugName}
              </Table.Td>
              <Table.Td>{labels.stage(item.stage)}</Table.Td>
              <Table.Td>{item.responseClock && <ClockBadge clock={item.responseClock} />}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/referrals/${item.referralId}`}
                  aria-label={t('intake.unanswered.openNamed', { name: item.patientName })}
                >
                  {t('intake.unanswered.open')}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function IntakeQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.intakeQueue.label'));
  const queue = useQuery({
    queryKey: ['work-queues', 'intake', ''],
    queryFn: () => api<QueueResponse>('GET', '/api/work-queues/intake'),
    refetchInterval: 60_000,
  });
  return (
    <Stack>
      <Title order={1}>{t('areas.intakeQueue.label')}</Title>
      <Text size="sm" c="gray.7">
        {t('intake.queue.intro')}
      </Text>
      <Group>
        <Button
          component={Link}
          to="/intake/referrals/new"
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('intake.queue.newReferral')}
        </Button>
        <Button
          component={Link}
          to="/intake/fhir-import"
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden />}
        >
          {t('intake.queue.importFhir')}
        </Button>
      </Group>
      {queue.error && <QueryError error={queue.error} />}
      {queue.isPending && (
        <Center p="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {queue.data && (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="awaiting-match-title">
            <Stack gap="sm">
              <Title order={2} size="h3" id="awaiting-match-title">
                {t('intake.awaitingMatch.title')}
              </Title>
              <AwaitingMatchTable referrals={queue.data.awaitingMatch} />
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="unanswered-title">
            <Stack gap="sm">
              <Title order={2} size="h3" id="unanswered-title">
                {t('intake.unanswered.title')}
              </Title>
              <AwaitingAnswer items={queue.data.items} />
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}

export default IntakeQueuePage;
