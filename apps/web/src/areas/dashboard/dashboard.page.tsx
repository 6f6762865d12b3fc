import { Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeDashboardResponse } from '@server/modules/analytics/analytics.contracts.ts';
import { api, ApiError } from '../../api/http.ts';
import { formatDate } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { DashboardFilters } from './dashboard-filters.tsx';
import { browserTimeZone, dashboardQuery, defaultFilters } from './dashboard-format.ts';
import { GroupChartCard } from './group-chart-card.tsx';
import { GroupTable } from './group-table.tsx';
import { HeadlineFigures } from './headline-figures.tsx';
import { ReasonsCard } from './reasons-card.tsx';
import { SocHistogramCard } from './soc-histogram-card.tsx';
import { StageWaitsCard } from './stage-waits-card.tsx';

/** The intake dashboard: referral-to-start-of-care, conversion, reasons and stage waits. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  const [filters, setFilters] = useState(() => defaultFilters());
  const timeZone = useMemo(() => browserTimeZone(), []);
  const query = dashboardQuery(filters, timeZone);
  const result = useQuery({
    queryKey: ['dashboard', 'intake', query],
    queryFn: () => api<IntakeDashboardResponse>('GET', `/api/dashboard/intake?${query}`),
    placeholderData: keepPreviousData,
  });
  const data = result.data;
  const fieldErrors = result.error instanceof ApiError ? result.error.fields : [];
  const isCurrent = data !== undefined && !result.isError && !result.isPlaceholderData;

  return (
    <Stack>
      <Title order={1}>{t('dashboard.title')}</Title>
      <Text size="sm" c="gray.7">
        {t('dashboard.intro')}
      </Text>
      <DashboardFilters
        filters={filters}
        onChange={setFilters}
        branches={data?.branches ?? []}
        fieldErrors={fieldErrors}
        csvHref={isCurrent ? `/api/dashboard/intake.csv?${query}` : undefined}
      />
      {result.error && <QueryError error={result.error} />}
      {!data && result.isPending && (
        <Center p="xl">
          <Loader aria-label={t('dashboard.loading')} />
        </Center>
      )}
      {data && (
        <>
          <Text size="sm" aria-live="polite" data-testid="dashboard-range">
            {t('dashboard.showing', {
              count: data.overall.referrals.received,
              from: formatDate(data.range.from, i18n.language),
              to: formatDate(data.range.to, i18n.language),
              timeZone: data.range.timeZone,
            })}
          </Text>
          <HeadlineFigures data={data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <SocHistogramCard data={data} />
            <GroupChartCard data={data} />
            <StageWaitsCard data={data} />
            <ReasonsCard data={data} />
          </SimpleGrid>
          <GroupTable data={data} />
        </>
      )}
    </Stack>
  );
}

export default DashboardPage;
