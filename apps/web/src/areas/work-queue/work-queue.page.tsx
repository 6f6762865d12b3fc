// The work queue: one tab per queue the user has (a queue per role), the admissions waiting on
// that role most urgent first, with filters, counts, ageing, claim and release. The intake tab also
// lists referrals waiting for a chart match.
import { Badge, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Role } from '@infusio/domain/access';
import type { QueueResponse, QueueSummary } from '@server/modules/intake/intake.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { AwaitingMatchTable } from '../intake/awaiting-match-table.tsx';
import { NO_FILTERS, QueueFiltersBar, filterQuery, type QueueFilters } from './queue-filters.tsx';
import { QueueTable } from './queue-table.tsx';

type Counts = QueueSummary['queues'][number]['counts'];

function CountsLine({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <Group gap="lg" aria-live="polite" data-testid="queue-counts">
      <Text size="sm">{t('workQueue.counts.total', { count: counts.total })}</Text>
      <Text size="sm">{t('workQueue.counts.overdue', { count: counts.overdue })}</Text>
      <Text size="sm">{t('workQueue.counts.ageing', { count: counts.ageing })}</Text>
      <Text size="sm">{t('workQueue.counts.unclaimed', { count: counts.unclaimed })}</Text>
      <Text size="sm">{t('workQueue.counts.mine', { count: counts.mine })}</Text>
    </Group>
  );
}

function QueuePanel({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<QueueFilters>(NO_FILTERS);
  const query = filterQuery(filters);
  const result = useQuery({
    queryKey: ['work-queues', role, query],
    queryFn: () => api<QueueResponse>('GET', `/api/work-queues/${role}${query ? `?${query}` : ''}`),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const roleName = t(`roles.${role}`);
  return (
    <Stack pt="md">
      <QueueFiltersBar filters={filters} onChange={setFilters} />
      {result.error && <QueryError error={result.error} />}
      {result.isPending && (
        <Center p="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {result.data && (
        <>
          <CountsLine counts={result.data.counts} />
          {result.data.items.length === 0 ? (
            <Text c="gray.7">{t('workQueue.empty')}</Text>
          ) : (
            <QueueTable
              items={result.data.items}
              caption={t('workQueue.caption', { role: roleName, count: result.data.items.length })}
            />
          )}
          {role === 'intake' && (
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('intake.awaitingMatch.title')}
              </Title>
              <AwaitingMatchTable referrals={result.data.awaitingMatch} />
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

export function WorkQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.workQueue.label'));
  const [params, setParams] = useSearchParams();
  const summary = useQuery({
    queryKey: ['work-queues', 'summary'],
    queryFn: () => api<QueueSummary>('GET', '/api/work-queues'),
    refetchInterval: 60_000,
  });
  const queues = summary.data?.queues ?? [];
  const requested = params.get('role');
  const active = queues.find((q) => q.role === requested)?.role ?? queues[0]?.role ?? null;

  return (
    <Stack>
      <Title order={1}>{t('areas.workQueue.label')}</Title>
      <Text size="sm" c="gray.7">
        {t('workQueue.intro')}
      </Text>
      {summary.error && <QueryError error={summary.error} />}
      {summary.isPending && (
        <Center p="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {summary.data && queues.length === 0 && <Text>{t('workQueue.noQueues')}</Text>}
      {active && (
        <Tabs
          value={active}
          onChange={(value) => {
            if (value) setParams({ role: value }, { replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('workQueue.queues')}>
            {queues.map((q) => (
              <Tabs.Tab
                key={q.role}
                value={q.role}
                rightSection={
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" color="cyan" data-testid={`queue-count-${q.role}`}>
                      {q.counts.total}
                    </Badge>
                    {q.counts.overdue > 0 && (
                      <Badge variant="light" color="red">
                        {t('workQueue.overdueBadge', { count: q.counts.overdue })}
                      </Badge>
                    )}
                  </Group>
                }
              >
                {t(`roles.${q.role}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {queues.map((q) => (
            <Tabs.Panel key={q.role} value={q.role}>
              <QueuePanel role={q.role} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}

export default WorkQueuePage;
