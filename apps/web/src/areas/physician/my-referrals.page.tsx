import { Badge, Card, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MyReferralsResponse } from '@server/modules/portal/portal.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatDate, formatDateTime } from '../../shell/format.ts';
import { useDocumentTitle } from '../../shell/use-document-title.ts';

/** The referring physician's view: every referral sent, the answer, the stage reached, what is still needed. */
export function MyReferralsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('areas.myReferrals.label'));
  const query = useQuery({
    queryKey: ['my-referrals'],
    queryFn: () => api<MyReferralsResponse>('GET', '/api/my/referrals'),
  });
  const referrals = query.data?.referrals ?? [];
  return (
    <Stack>
      <Title order={1}>{t('areas.myReferrals.label')}</Title>
      {query.error && <QueryError error={query.error} />}
      {query.data && referrals.length === 0 && <Text>{t('physicianPortal.none')}</Text>}
      {referrals.length > 0 && (
        <Card withBorder p={0}>
          <Table.ScrollContainer minWidth={800}>
            <Table striped>
              <Table.Caption>{t('physicianPortal.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('physicianPortal.received')}</Table.Th>
                  <Table.Th scope="col">{t('physicianPortal.patient')}</Table.Th>
                  <Table.Th scope="col">{t('physicianPortal.therapy')}</Table.Th>
                  <Table.Th scope="col">{t('physicianPortal.answer')}</Table.Th>
                  <Table.Th scope="col">{t('physicianPortal.stage')}</Table.Th>
                  <Table.Th scope="col">{t('physicianPortal.stillNeeded')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {referrals.map((r) => (
                  <Table.Tr key={r.referralId} data-testid="my-referral">
                    <Table.Td>{formatDateTime(r.receivedAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      {r.patientName}
                      <Text size="xs" c="gray.7">
                        {formatDate(r.patientBirthDate, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.drugName}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={
                          r.response === 'declined'
                            ? 'red'
                            : r.response === 'accepted'
                              ? 'teal'
                              : 'gray'
                        }
                      >
                        {t(`physicianPortal.response.${r.response ?? 'pending'}`)}
                      </Badge>
                      {r.responseNote && (
                        <Text size="xs" c="gray.7">
                          {r.responseNote}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.admissionStage
                        ? t(`portal.stage.${r.admissionStage}.title`)
                        : t('physicianPortal.awaitingChart')}
                      {r.admissionStatus && r.admissionStatus !== 'open' && (
                        <Text size="xs" c="gray.7">
                          {t(`portal.status.${r.admissionStatus}`)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.stillNeeded.length === 0 ? (
                        t('physicianPortal.nothingNeeded')
                      ) : (
                        <List size="sm" spacing={2}>
                          {r.stillNeeded.map((item) => (
                            <List.Item key={item.id}>
                              {t(`physicianPortal.checklist.${item.id}`, {
                                defaultValue: item.description,
                              })}
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}

export default MyReferralsPage;
