import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeDashboardResponse } from '@server/modules/analytics/analytics.contracts.ts';
import { ChartCard } from './chart-card.tsx';
import { formatNumber } from './dashboard-format.ts';
import { useDashboardLabels } from './dashboard-labels.ts';

/** Median and 90th percentile referral-to-start-of-care hours per group, against a local target. */
export function GroupChartCard({ data }: { data: IntakeDashboardResponse }) {
  const { t, i18n } = useTranslation();
  const labels = useDashboardLabels(data.range.groupBy);
  const hours = (value: number | null) =>
    value === null ? '—' : t('dashboard.hours', { value: formatNumber(value, i18n.language) });
  const rows = data.groups
    .filter((g) => g.referralToSocHours.count > 0)
    .map((g) => ({
      group: labels.group(g),
      count: g.referralToSocHours.count,
      median: g.referralToSocHours.median,
      p90: g.referralToSocHours.p90,
    }));
  const byMedian = [...rows].sort((a, b) => (a.median ?? 0) - (b.median ?? 0));
  const fastest = byMedian[0];
  const slowest = byMedian[byMedian.length - 1];
  const summary =
    !fastest || !slowest
      ? t('dashboard.groups.empty')
      : rows.length === 1
        ? t('dashboard.groups.summaryOne', { group: fastest.group, median: hours(fastest.median) })
        : t('dashboard.groups.summary', {
            fastest: fastest.group,
            fastestMedian: hours(fastest.median),
            slowest: slowest.group,
            slowestMedian: hours(slowest.median),
          });
  const target = data.targets.referralToSocHours;
  const groupBy = t(`dashboard.groupBy.${data.range.groupBy}`);
  return (
    <ChartCard
      id="chart-soc-by-group"
      title={t('dashboard.groups.chartTitle', { groupBy })}
      help={t('dashboard.help.socByGroup')}
      summary={summary}
      chart={
        <BarChart
          h={Math.max(240, rows.length * 34 + 60)}
          data={rows}
          dataKey="group"
          orientation="vertical"
          series={[
            { name: 'median', label: t('dashboard.median'), color: 'cyan.7' },
            { name: 'p90', label: t('dashboard.p90'), color: 'grape.6' },
          ]}
          withLegend
          accessibilityLayer={false}
          barChartProps={{ margin: { top: 24, bottom: 30 } }}
          valueFormatter={(value) => formatNumber(value, i18n.language)}
          xAxisLabel={t('dashboard.hoursAxis')}
          yAxisProps={{ width: 170 }}
          referenceLines={
            target === null
              ? []
              : [
                  {
                    x: target,
                    color: 'red.8',
                    label: t('dashboard.localTarget', { value: hours(target) }),
                    labelPosition: 'top',
                  },
                ]
          }
        />
      }
      table={
        <Table striped>
          <Table.Caption>{t('dashboard.groups.chartCaption', { groupBy })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{groupBy}</Table.Th>
              <Table.Th scope="col">{t('dashboard.table.started')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.median')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.p90')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.group}>
                <Table.Th scope="row">{row.group}</Table.Th>
                <Table.Td>{row.count}</Table.Td>
                <Table.Td>{hours(row.median)}</Table.Td>
                <Table.Td>{hours(row.p90)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
