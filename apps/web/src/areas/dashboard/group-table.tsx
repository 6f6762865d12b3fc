import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeDashboardResponse } from '@server/modules/analytics/analytics.contracts.ts';
import { formatNumber, formatPercent } from './dashboard-format.ts';
import { useDashboardLabels } from './dashboard-labels.ts';
import { ScrollableTable } from './scrollable-table.tsx';

/** Every figure per group: the breakdown the CSV exports, readable on screen. */
export function GroupTable({ data }: { data: IntakeDashboardResponse }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const labels = useDashboardLabels(data.range.groupBy);
  const groupBy = t(`dashboard.groupBy.${data.range.groupBy}`);
  const hours = (value: number | null) => (value === null ? '—' : formatNumber(value, lang));
  return (
    <Card withBorder component="section" aria-labelledby="group-table-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="group-table-title">
          {t('dashboard.table.title', { groupBy })}
        </Title>
        <ScrollableTable label={t('dashboard.table.caption', { groupBy })} minWidth={980}>
          <Table striped highlightOnHover data-testid="group-table">
            <Table.Caption>{t('dashboard.table.caption', { groupBy })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{groupBy}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.received')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.started')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.notAdmitted')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.declined')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.open')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.conversion')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.medianHours')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.p90Hours')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.table.longestWait')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.groups.map((g) => (
                <Table.Tr key={g.key ?? '(none)'}>
                  <Table.Th scope="row">{labels.group(g)}</Table.Th>
                  <Table.Td>{g.referrals.received}</Table.Td>
                  <Table.Td>{g.referrals.admitted}</Table.Td>
                  <Table.Td>{g.referrals.notAdmitted}</Table.Td>
                  <Table.Td>{g.referrals.declined}</Table.Td>
                  <Table.Td>
                    {t('dashboard.table.openValue', {
                      count: g.referrals.open,
                      onHold: g.referrals.onHold,
                    })}
                  </Table.Td>
                  <Table.Td>
                    {g.conversionRate === null ? '—' : formatPercent(g.conversionRate, lang)}
                  </Table.Td>
                  <Table.Td>{hours(g.referralToSocHours.median)}</Table.Td>
                  <Table.Td>{hours(g.referralToSocHours.p90)}</Table.Td>
                  <Table.Td>
                    {g.longestWait
                      ? `${labels.stageWait(g.longestWait.stage)} (${hours(g.longestWait.medianHours)})`
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
        {data.groups.length === 0 && <Text size="sm">{t('dashboard.table.empty')}</Text>}
      </Stack>
    </Card>
  );
}
