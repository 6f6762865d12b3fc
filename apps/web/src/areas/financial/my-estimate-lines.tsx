// One month of the patient's estimate in plain words: what each part of care costs, what the
// insurance pays and what the patient pays, with how the patient's part is made up.
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { MyEstimate } from '@server/modules/financial/my-estimates.contracts.ts';
import { formatMoney, formatMonth } from './financial-format.ts';

type Month = MyEstimate['months'][number];
type Line = Month['lines'][number];

function LineNote({ line, t, money }: { line: Line; t: TFunction; money: (c: number) => string }) {
  if (line.coverage === 'not-covered')
    return (
      <Text size="xs" c="gray.7">
        {t('financial.my.notCovered')}
      </Text>
    );
  if (line.coverage === 'self-pay')
    return (
      <Text size="xs" c="gray.7">
        {t('financial.my.selfPay')}
      </Text>
    );
  const parts = line.deductibleCents + line.coinsuranceCents + line.copayCents;
  return (
    <>
      {parts > 0 && (
        <Text size="xs" c="gray.7">
          {t('financial.my.howMade', {
            deductible: money(line.deductibleCents),
            coinsurance: money(line.coinsuranceCents),
            copay: money(line.copayCents),
          })}
        </Text>
      )}
      {line.capSavedCents > 0 && (
        <Text size="xs" c="gray.7">
          {t('financial.my.capSaved', { amount: money(line.capSavedCents) })}
        </Text>
      )}
      {line.assistanceCents > 0 && (
        <Text size="xs" c="gray.7">
          {t('financial.my.assistanceLine', { amount: money(line.assistanceCents) })}
        </Text>
      )}
    </>
  );
}

export function MyEstimateMonth({
  month,
  t,
  language,
}: {
  month: Month;
  t: TFunction;
  language: string;
}) {
  const money = (cents: number) => formatMoney(cents, language);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing="xs" data-testid={`my-month-${month.month}`}>
        <Table.Caption>
          {t('financial.my.caption', { month: formatMonth(month.month, language) })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('financial.my.columns.what')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('financial.my.columns.cost')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('financial.my.columns.insurance')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('financial.my.columns.you')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {month.lines.map((line) => (
            <Table.Tr key={line.lineId}>
              <Table.Th scope="row" fw={500}>
                {t(`financial.my.lines.${line.component}`)}
                <LineNote line={line} t={t} money={money} />
              </Table.Th>
              <Table.Td ta="right">{money(line.totalCents)}</Table.Td>
              <Table.Td ta="right">{money(line.insurancePaysCents)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {money(line.youPayCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
