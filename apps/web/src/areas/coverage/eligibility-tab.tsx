// Recent eligibility checks of the user's patients, or only the coverages whose latest answer needs
// someone to act (rejected, inactive, failed), each with the action to take and a way to the
// admission's coverage.
import { Anchor, Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecentChecksResponse } from '@server/modules/coverage/coverage.contracts.ts';
import { api } from '../../api/http.ts';
import { formatDateTime } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { STATUS_COLORS, useCoverageWords } from './coverage-words.ts';

type View = 'needs-action' | 'recent';

export function EligibilityTab() {
  const { t, i18n } = useTranslation();
  const words = useCoverageWords();
  const [view, setView] = useState<View>('needs-action');
  const query = useQuery({
    queryKey: ['eligibility-checks', view],
    queryFn: () =>
      api<RecentChecksResponse>(
        'GET',
        `/api/eligibility-checks?needsAction=${String(view === 'needs-action')}&limit=50`,
      ),
    placeholderData: keepPreviousData,
  });
  const items = query.data?.items ?? [];
  return (
    <Stack>
      <Text c="gray.7">{t('coverage.eligibility.intro')}</Text>
      <SegmentedControl
        aria-label={t('coverage.eligibility.view')}
        value={view}
        onChange={(value) => setView(value === 'recent' ? 'recent' : 'needs-action')}
        data={[
          { value: 'needs-action', label: t('coverage.eligibility.needsAction') },
          { value: 'recent', label: t('coverage.eligibility.recent') },
        ]}
        maw={420}
      />
      {query.error && <QueryError error={query.error} />}
      {query.data && items.length === 0 && (
        <Text c="gray.7">
          {view === 'needs-action'
            ? t('coverage.eligibility.emptyNeedsAction')
            : t('coverage.eligibility.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="eligibility-checks">
            <Table.Caption>
              {view === 'needs-action'
                ? t('coverage.eligibility.captionNeedsAction')
                : t('coverage.eligibility.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('coverage.eligibility.columns.patient')}</Table.Th>
                <Table.Th scope="col">{t('coverage.eligibility.columns.payer')}</Table.Th>
                <Table.Th scope="col">{t('coverage.eligibility.columns.status')}</Table.Th>
                <Table.Th scope="col">{t('coverage.eligibility.columns.checked')}</Table.Th>
                <Table.Th scope="col">{t('coverage.eligibility.columns.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((check) => (
                <Table.Tr key={check.id}>
                  <Table.Th scope="row">
                    {check.admissionId ? (
                      <Anchor component={Link} to={`/coverage?admission=${check.admissionId}`}>
                        {check.patientName}
                      </Anchor>
                    ) : (
                      check.patientName
                    )}
                  </Table.Th>
                  <Table.Td>
                    {check.payerName}
                    <Text size="sm" c="gray.7">
                      {check.memberId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[check.status] ?? 'gray'} variant="light">
                      {words.status(check.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(check.checkedAt, i18n.language)}
                    <Text size="sm" c="gray.7">
                      {words.trigger(check.trigger)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {check.rejection
                      ? words.rejectionAction(check.rejection)
                      : check.status === 'error'
                        ? t('coverage.eligibility.errorAction')
                        : check.status === 'inactive'
                          ? t('coverage.eligibility.inactiveAction')
                          : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
