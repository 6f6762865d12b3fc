import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Pagination,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AuditVerificationView,
  SearchAuditResponse,
} from '@server/modules/audit/audit.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatDateTime } from '../../shell/format.ts';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { useJob } from '../../shell/use-job.ts';

const PAGE_SIZE = 50;

interface Filters {
  patientId: string;
  username: string;
  from: string;
  to: string;
}

function VerifyChain() {
  const { t } = useTranslation();
  const start = useMutation({
    mutationFn: () => api<{ jobId: string }>('POST', '/api/audit/verifications'),
  });
  const job = useJob(start.data?.jobId);
  const result =
    job.data?.status === 'succeeded'
      ? (job.data.result as unknown as AuditVerificationView)
      : undefined;
  const running =
    start.isPending ||
    (job.data !== undefined && job.data.status !== 'succeeded' && job.data.status !== 'failed');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4">
              {t('audit.verifyTitle')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('audit.verifyHelp')}
            </Text>
          </div>
          <Button onClick={() => start.mutate()} loading={running}>
            {t('audit.verify')}
          </Button>
        </Group>
        {job.data && job.data.status !== 'succeeded' && (
          <Progress
            value={job.data.progress * 100}
            animated
            aria-label={t('audit.verifyProgress')}
          />
        )}
        {job.data?.progressMessage && running && <Text size="sm">{job.data.progressMessage}</Text>}
        {result?.ok === true && (
          <Alert color="teal" icon={<IconShieldCheck aria-hidden />} data-testid="audit-verify-ok">
            {t('audit.verifyOk', { count: result.rowsChecked })}
          </Alert>
        )}
        {result?.ok === false && (
          <Alert
            color="red"
            icon={<IconShieldX aria-hidden />}
            title={t('audit.verifyBroken', { count: result.problems.length })}
            data-testid="audit-verify-broken"
          >
            <Stack gap={2}>
              {result.problems.slice(0, 20).map((p) => (
                <Text key={`${p.kind}-${p.seq}`} size="sm">
                  {t(`audit.problem.${p.kind}`, { seq: p.seq, count: p.count ?? 1 })}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {job.data?.status === 'failed' && <Alert color="red">{job.data.lastError}</Alert>}
      </Stack>
    </Card>
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('areas.audit.label'));
  const [draft, setDraft] = useState<Filters>({ patientId: '', username: '', from: '', to: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [page, setPage] = useState(1);
  const params = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (filters.patientId) params.set('patientId', filters.patientId.trim());
  if (filters.username) params.set('username', filters.username.trim());
  if (filters.from) params.set('from', new Date(filters.from).toISOString());
  if (filters.to) params.set('to', new Date(filters.to).toISOString());
  const query = useQuery({
    queryKey: ['audit', params.toString()],
    queryFn: () => api<SearchAuditResponse>('GET', `/api/audit/events?${params.toString()}`),
    placeholderData: keepPreviousData,
  });

  function apply(event: SyntheticEvent) {
    event.preventDefault();
    setFilters(draft);
    setPage(1);
  }

  return (
    <Stack>
      <Title order={1}>{t('areas.audit.label')}</Title>
      <VerifyChain />
      <Card withBorder component="form" onSubmit={apply} aria-label={t('audit.filters')}>
        <Group align="flex-end">
          <TextInput
            label={t('audit.patientId')}
            value={draft.patientId}
            onChange={(e) => setDraft({ ...draft, patientId: e.currentTarget.value })}
            w={320}
          />
          <TextInput
            label={t('audit.username')}
            value={draft.username}
            onChange={(e) => setDraft({ ...draft, username: e.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('audit.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('audit.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
          <Button type="submit">{t('audit.search')}</Button>
        </Group>
      </Card>
      {query.error && <QueryError error={query.error} />}
      {query.data && (
        <>
          <Text size="sm" c="gray.7" aria-live="polite">
            {t('audit.count', { count: query.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Caption>{t('audit.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">#</Table.Th>
                  <Table.Th scope="col">{t('audit.time')}</Table.Th>
                  <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.resource')}</Table.Th>
                  <Table.Th scope="col">{t('audit.patient')}</Table.Th>
                  <Table.Th scope="col">{t('audit.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('audit.address')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((e) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td>{e.seq}</Table.Td>
                    <Table.Td>{formatDateTime(e.occurredAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      {e.actorUsername ?? '—'}
                      <Text size="xs" c="gray.7">
                        {e.actorRoles}
                      </Text>
                    </Table.Td>
                    <Table.Td>{e.action}</Table.Td>
                    <Table.Td>
                      {e.resourceType}
                      {e.resourceId && <Code display="block">{e.resourceId.slice(0, 13)}</Code>}
                    </Table.Td>
                    <Table.Td>
                      {e.patientId ? <Code>{e.patientId.slice(0, 8)}</Code> : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={
                          e.outcome === 'success'
                            ? 'teal'
                            : e.outcome === 'denied'
                              ? 'orange'
                              : 'red'
                        }
                        variant="light"
                      >
                        {t(`audit.outcomes.${e.outcome}`, { defaultValue: e.outcome })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{e.clientIp ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {query.data.total > PAGE_SIZE && (
            <Group justify="center">
              <Pagination
                total={Math.ceil(query.data.total / PAGE_SIZE)}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
                getItemProps={(n) => ({ 'aria-label': t('pagination.page', { n }) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

export default AuditPage;
