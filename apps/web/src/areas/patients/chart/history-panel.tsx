import { Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartChange } from '@server/modules/patients/chart.contracts.ts';
import { QueryError } from '../../../shell/query-error.tsx';
import { formatDateTime } from '../../../shell/format.ts';
import { formatHistoryValue } from './history-values.ts';
import { useChartHistory } from './use-chart.ts';

const PAGE_SIZE = 25;

function WhatChanged({ change }: { change: ChartChange }) {
  const { t } = useTranslation();
  const entity = t(`patientChart.entities.${change.entity}`, { defaultValue: change.entity });
  const verb = t(`patientChart.changes.${change.change}`, { defaultValue: change.change });
  const field = change.field
    ? t(`patientChart.fields.${change.field}`, { defaultValue: change.field })
    : null;
  return (
    <>
      {entity} · {verb}
      {field && (
        <Text span fw={600}>
          {' '}
          · {field}
        </Text>
      )}
    </>
  );
}

export function HistoryPanel({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useChartHistory(patientId, page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PAGE_SIZE));
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('patientChart.tabs.history')}
      </Title>
      {query.error && <QueryError error={query.error} />}
      {query.isPending && <Text aria-busy="true">{t('common.loading')}</Text>}
      {query.data?.items.length === 0 && <Text c="gray.7">{t('patientChart.history.none')}</Text>}
      {query.data && query.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped>
            <Table.Caption>{t('patientChart.history.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('patientChart.history.when')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.history.who')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.history.what')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.history.before')}</Table.Th>
                <Table.Th scope="col">{t('patientChart.history.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDateTime(c.at, i18n.language)}</Table.Td>
                  <Table.Td>{c.actorName ?? t('patientChart.history.system')}</Table.Td>
                  <Table.Td>
                    <WhatChanged change={c} />
                  </Table.Td>
                  <Table.Td>{formatHistoryValue(t, i18n.language, c, c.oldValue)}</Table.Td>
                  <Table.Td>{formatHistoryValue(t, i18n.language, c, c.newValue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
    </Stack>
  );
}
