import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeDashboardResponse } from '@server/modules/analytics/analytics.contracts.ts';
import { ChartCard } from './chart-card.tsx';
import { binDays, formatNumber, fullestBin } from './dashboard-format.ts';

export function SocHistogramCard({ data }: { data: IntakeDashboardResponse }) {
  const { t, i18n } = useTranslation();
  const soc = data.overall.referralToSocHours;
  const days = (bin: (typeof data.histogram.bins)[number]) =>
    t('dashboard.histogram.days', { range: binDays(bin) });
  const fullest = fullestBin(data.histogram.bins);
  const summary =
    soc.count === 0 || soc.median === null || soc.p90 === null || !fullest
      ? t('dashboard.histogram.empty')
      : t('dashboard.histogram.summary', {
          count: soc.count,
          median: formatNumber(soc.median, i18n.language),
          p90: formatNumber(soc.p90, i18n.language),
          bin: days(fullest),
          binCount: fullest.count,
        });
  const rows = data.histogram.bins.map((bin) => ({ days: days(bin), count: bin.count }));
  return (
    <ChartCard
      id="chart-soc-histogram"
      title={t('dashboard.histogram.title')}
      help={t('dashboard.help.soc')}
      summary={summary}
      chart={
        <BarChart
          h={240}
          data={rows}
          dataKey="days"
          series={[{ name: 'count', label: t('dashboard.histogram.admissions'), color: 'cyan.7' }]}
          accessibilityLayer={false}
          yAxisProps={{ allowDecimals: false }}
          xAxisLabel={t('dashboard.histogram.xAxis')}
        />
      }
      table={
        <Table striped>
          <Table.Caption>{t('dashboard.histogram.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboard.histogram.xAxis')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.histogram.admissions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.days}>
                <Table.Th scope="row">{row.days}</Table.Th>
                <Table.Td>{row.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
