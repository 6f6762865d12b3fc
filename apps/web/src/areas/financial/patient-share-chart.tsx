// The patient's share by month as a bar chart, with its message in words and the same figures as a
// table for assistive technology (the drawing is hidden from it).
import { BarChart } from '@mantine/charts';
import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EstimateDetail } from '@server/modules/financial/estimates.contracts.ts';
import { formatMoney, formatMonth } from './financial-format.ts';

export function PatientShareChart({ estimate }: { estimate: EstimateDetail }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const rows = estimate.months.map((m) => ({
    month: formatMonth(m.month, i18n.language),
    dollars: m.totals.patientAfterAssistanceCents / 100,
    cents: m.totals.patientAfterAssistanceCents,
  }));
  const highest = rows.reduce<(typeof rows)[number] | undefined>(
    (best, row) => (best === undefined || row.cents > best.cents ? row : best),
    undefined,
  );
  return (
    <Stack gap="xs" data-testid="patient-share-chart">
      <Title order={4} size="h5">
        {t('financial.estimate.chartTitle')}
      </Title>
      {highest && (
        <Text size="sm">
          {t('financial.estimate.chartSummary', {
            total: money(estimate.totals.patientAfterAssistanceCents),
            months: rows.length,
            month: highest.month,
            amount: money(highest.cents),
          })}
        </Text>
      )}
      <Box aria-hidden="true">
        <BarChart
          h={200}
          data={rows}
          dataKey="month"
          series={[
            { name: 'dollars', label: t('financial.estimate.patientPays'), color: 'cyan.7' },
          ]}
          valueFormatter={(value) => money(Math.round(value * 100))}
          accessibilityLayer={false}
        />
      </Box>
      <Table className="visually-hidden">
        <Table.Caption>{t('financial.estimate.chartCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('financial.estimate.month')}</Table.Th>
            <Table.Th scope="col">{t('financial.estimate.patientPays')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.month}>
              <Table.Th scope="row">{row.month}</Table.Th>
              <Table.Td>{money(row.cents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
