import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeDashboardResponse } from '@server/modules/analytics/analytics.contracts.ts';
import { ChartCard } from './chart-card.tsx';
import { formatNumber } from './dashboard-format.ts';
import { useDashboardLabels } from './dashboard-labels.ts';
import { ScrollableTable } from './scrollable-table.tsx';

/** Where admissions wait longest: time in each intake stage, completed and still running. */
export function StageWaitsCard({ data }: { data: IntakeDashboardResponse }) {
  const { t, i18n } = useTranslation();
  const labels = useDashboardLabels(data.range.groupBy);
  const hours = (value: number | null) =>
    value === null ? '—' : t('dashboard.hours', { value: formatNumber(value, i18n.language) });
  const rows = data.overall.stageWaits.map((w) => ({
    stage: labels.stageWait(w.stage),
    median: w.completed.median,
    p90: w.completed.p90,
    completed: w.completed.count,
    waiting: w.running.count,
    waitingMedian: w.running.median,
    waitingMax: w.running.max,
  }));
  const longest = data.overall.longestWait;
  const waitingNow = rows.reduce((sum, r) => sum + r.waiting, 0);
  const summary = longest
    ? t('dashboard.stages.summary', {
        stage: labels.stageWait(longest.stage),
        median: hours(longest.medianHours),
        p90: hours(longest.p90Hours),
        count: waitingNow,
      })
    : t('dashboard.stages.empty');
  return (
    <ChartCard
      id="chart-stage-waits"
      title={t('dashboard.stages.title')}
      help={t('dashboard.help.stages')}
      summary={summary}
      chart={
        <BarChart
          h={360}
          data={rows}
          dataKey="stage"
          orientation="vertical"
          series={[
            { name: 'median', label: t('dashboard.median'), color: 'cyan.7' },
            { name: 'p90', label: t('dashboard.p90'), color: 'grape.6' },
          ]}
          withLegend
          accessibilityLayer={false}
          valueFormatter={(value) => formatNumber(value, i18n.language)}
          xAxisLabel={t('dashboard.hoursAxis')}
          yAxisProps={{ width: 280 }}
        />
      }
      table={
        <ScrollableTable label={t('dashboard.stages.caption')} minWidth={640}>
          <Table striped>
            <Table.Caption>{t('dashboard.stages.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboard.stages.stage')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.stages.completed')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.median')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.p90')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.stages.waitingNow')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.stages.waitingMedian')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.stages.waitingMax')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.stage}>
                  <Table.Th scope="row">{row.stage}</Table.Th>
                  <Table.Td>{row.completed}</Table.Td>
                  <Table.Td>{hours(row.median)}</Table.Td>
                  <Table.Td>{hours(row.p90)}</Table.Td>
                  <Table.Td>{row.waiting}</Table.Td>
                  <Table.Td>{hours(row.waitingMedian)}</Table.Td>
                  <Table.Td>{hours(row.waitingMax)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      }
    />
  );
}
