// Requests for care from the public form, for intake coordinators: new ones first with counts by
// status, each with the family's details, its history and the call-back and close actions.
import { Group, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Inquiry,
  InquiryStatus,
  ListInquiriesResponse,
} from '@server/modules/inquiries/inquiries.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { InquiryActionDialog, type InquiryAction } from './inquiry-actions.tsx';
import { InquiryCard } from './inquiry-card.tsx';

const STATUSES = [
  'new',
  'contacted',
  'converted',
  'closed',
] as const satisfies readonly InquiryStatus[];
const PAGE_SIZE = 20;

export function InquiriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.inquiries.label'));
  const [status, setStatus] = useState<InquiryStatus>('new');
  const [page, setPage] = useState(1);
  const [acting, setActing] = useState<{ inquiry: Inquiry; action: InquiryAction } | null>(null);
  const query = useQuery({
    queryKey: ['inquiries', status, page],
    queryFn: () =>
      api<ListInquiriesResponse>(
        'GET',
        `/api/inquiries?${new URLSearchParams({ status, page: String(page), pageSize: String(PAGE_SIZE) }).toString()}`,
      ),
    placeholderData: keepPreviousData,
  });
  const counts = query.data?.counts;
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack>
      <Title order={1}>{t('areas.inquiries.label')}</Title>
      <Text c="gray.7">{t('inquiries.intro')}</Text>
      <SegmentedControl
        aria-label={t('inquiries.filter')}
        value={status}
        onChange={(value) => {
          const next = STATUSES.find((s) => s === value);
          if (next) {
            setStatus(next);
            setPage(1);
          }
        }}
        data={STATUSES.map((s) => ({
          value: s,
          label: t('inquiries.statusCount', {
            status: t(`inquiries.statuses.${s}`),
            count: counts?.[s] ?? 0,
          }),
        }))}
        data-testid="inquiry-status-filter"
      />
      {query.error && <QueryError error={query.error} />}
      {query.data?.items.length === 0 && (
        <Text c="gray.7" data-testid="inquiries-empty">
          {t('inquiries.empty', { status: t(`inquiries.statuses.${status}`) })}
        </Text>
      )}
      {query.data?.items.map((inquiry) => (
        <InquiryCard
          key={inquiry.id}
          inquiry={inquiry}
          onAction={(action) => setActing({ inquiry, action })}
        />
      ))}
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
            getItemProps={(n) => ({ 'aria-label': t('pagination.page', { n }) })}
          />
        </Group>
      )}
      <InquiryActionDialog
        inquiry={acting?.inquiry ?? null}
        action={acting?.action ?? 'contact'}
        onClose={() => setActing(null)}
      />
    </Stack>
  );
}

export default InquiriesPage;
