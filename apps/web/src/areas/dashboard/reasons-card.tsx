import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeDashboardResponse } from '@server/modules/analytics/analytics.contracts.ts';
import { ChartCard } from './chart-card.tsx';
import { useDashboardLabels } from './dashboard-labels.ts';

export function ReasonsCard({ data }: { data: IntakeDashboardResponse }) {
  const { t } = useTranslation();
  const labels = useDashboardLabels(data.range.groupBy);
  const rows = data.overall.reasons.map((r) => ({
    key: `${r.kind}:${r.code}`,
    reason: labels.reason(r),
    kind: t(`dashboard.reasonKind.${r.kind}`),
    label: `${labels.reason(r)} (${t(`dashboard.reasonKind.${r.kind}`)})`,
    count: r.count,
  }));
  const top = rows[0];
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const summary = top
    ? t('dashboard.reasons.summary', { reason: top.label, count: top.count, total })
    : t('dashboard.reasons.empty');
  return (
    <ChartCard
      id="chart-reasons"
      title={t('dashboard.reasons.title')}
      help={t('dashboard.help.reasons')}
      summary={summary}
      chart={
        <BarChart
          h={Math.max(200, rows.length * 30 + 40)}
          data={rows}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'count', label: t('dashboard.reasons.count'), color: 'orange.8' }]}
          accessibilityLayer={false}
          xAxisProps={{ allowDecimals: false }}
          yAxisProps={{ width: 260 }}
        />
      }
      table={
        <Table striped>
          <Table.Caption>{t('dashboard.reasons.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.reasons.reason')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.reasons.kind')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.reasons.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row">{row.reason}</Table.Th>
                <Table.Td>{row.kind}</Table.Td>
                <Table.Td>{row.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
