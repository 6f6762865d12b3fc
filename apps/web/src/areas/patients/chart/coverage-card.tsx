import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageSummary } from '@server/modules/patients/chart.contracts.ts';

/** The patient's insurance in brief (the coverage area holds the details). */
export function CoverageCard({ coverages }: { coverages: readonly CoverageSummary[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('patientChart.coverage.title')}
      </Title>
      {coverages.length === 0 ? (
        <Text c="gray.7">{t('patientChart.coverage.none')}</Text>
      ) : (
        <Table>
          <Table.Caption>{t('patientChart.coverage.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('patientChart.coverage.order')}</Table.Th>
              <Table.Th scope="col">{t('patientChart.coverage.payer')}</Table.Th>
              <Table.Th scope="col">{t('patientChart.coverage.member')}</Table.Th>
              <Table.Th scope="col">{t('patients.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverages.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {t(`patientChart.coverage.orders.${c.coverageOrder}`, {
                    defaultValue: String(c.coverageOrder),
                  })}
                </Table.Td>
                <Table.Th scope="row">
                  {c.payerName}
                  {c.planName && (
                    <Text size="sm" c="gray.7">
                      {c.planName}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  {t('patientChart.coverage.memberEnding', { last4: c.memberIdLast4 })}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={
                      c.status === 'active' ? 'teal' : c.status === 'inactive' ? 'red' : 'gray'
                    }
                  >
                    {t(`patientChart.coverage.statuses.${c.status}`, { defaultValue: c.status })}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
