// One month of an estimate, line by line: the benefit each line falls under and how the patient's
// share is made up (deductible, coinsurance, copay, what the out-of-pocket cap took off, assistance).
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EstimateDetail } from '@server/modules/financial/estimates.contracts.ts';
import { formatMoney, formatMonth } from './financial-format.ts';

type Month = EstimateDetail['months'][number];

const FIGURES = [
  'allowed',
  'deductible',
  'coinsurance',
  'copay',
  'oopCap',
  'assistance',
  'patient',
] as const;

export function EstimateMonthTable({ month }: { month: Month }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, i18n.language);
  const monthName = formatMonth(month.month, i18n.language);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing={4} fz="sm" data-testid={`estimate-month-${month.month}`}>
        <Table.Caption>{t('financial.estimate.caption', { month: monthName })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['what', 'code', 'benefit', 'units'] as const).map((column) => (
              <Table.Th scope="col" key={column}>
                {t(`financial.estimate.columns.${column}`)}
              </Table.Th>
            ))}
            {FIGURES.map((column) => (
              <Table.Th scope="col" key={column} ta="right">
                {t(`financial.estimate.columns.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {month.lines.map((line) => (
            <Table.Tr key={line.lineId}>
              <Table.Th scope="row" fw={500}>
                {t(`financial.components.${line.component}`)}
                {line.coverage !== 'covered' && (
                  <Text span size="xs" c="gray.7">
                    {' '}
                    (
                    {t(
                      `financial.estimate.${line.coverage === 'self-pay' ? 'selfPay' : 'notCovered'}`,
                    )}
                    )
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{line.code}</Table.Td>
              <Table.Td>{t(`financial.benefits.${line.benefit}`)}</Table.Td>
              <Table.Td>{line.units}</Table.Td>
              <Table.Td ta="right">{money(line.allowedCents)}</Table.Td>
              <Table.Td ta="right">{money(line.deductibleCents)}</Table.Td>
              <Table.Td ta="right">{money(line.coinsuranceCents)}</Table.Td>
              <Table.Td ta="right">{money(line.copayCents)}</Table.Td>
              <Table.Td ta="right">{money(line.oopCapCents)}</Table.Td>
              <Table.Td ta="right">{money(line.assistanceCents)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {money(line.patientAfterAssistanceCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
