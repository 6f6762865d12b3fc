// Referrals from EHRs or documents whose patient may already have a chart: a coordinator chooses
// the chart (or a new one) on the referral page before the admission can start.
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueueResponse } from '@server/modules/intake/intake.contracts.ts';
import { formatDateTime } from '../../shell/format.ts';

export function AwaitingMatchTable({ referrals }: { referrals: QueueResponse['awaitingMatch'] }) {
  const { t, i18n } = useTranslation();
  if (referrals.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('intake.awaitingMatch.empty')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="awaiting-match">
        <Table.Caption>{t('intake.awaitingMatch.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('intake.awaitingMatch.patient')}</Table.Th>
            <Table.Th scope="col">{t('intake.awaitingMatch.received')}</Table.Th>
            <Table.Th scope="col">{t('intake.awaitingMatch.channel')}</Table.Th>
            <Table.Th scope="col">{t('intake.awaitingMatch.candidates')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((r) => (
            <Table.Tr key={r.referralId}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/referrals/${r.referralId}`}>
                  {r.patientName}
                </Anchor>
              </Table.Th>
              <Table.Td>{formatDateTime(r.receivedAt, i18n.language)}</Table.Td>
              <Table.Td>{t(`intake.channels.${r.channel}`, { defaultValue: r.channel })}</Table.Td>
              <Table.Td>{r.candidates}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
