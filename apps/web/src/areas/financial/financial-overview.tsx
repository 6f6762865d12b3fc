// The coverage page's financial tab: estimates waiting for the patient's acknowledgement and
// assistance applications waiting for a decision, each opening the admission's financial review.
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canPerform } from '@infusio/domain/access';
import type { ListApplicationsResponse } from '@server/modules/financial/assistance.contracts.ts';
import type { EstimateWorkListResponse } from '@server/modules/financial/estimates.contracts.ts';
import { api } from '../../api/http.ts';
import { useSession } from '../../api/session.ts';
import { formatDateTime } from '../../shell/format.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatMoney } from './financial-format.ts';

function reviewPath(admissionId: string): string {
  return `/financial/admissions/${encodeURIComponent(admissionId)}`;
}

function EstimatesAwaiting() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['estimates', 'awaiting'],
    queryFn: () => api<EstimateWorkListResponse>('GET', '/api/estimates/awaiting-acknowledgement'),
  });
  const items = query.data?.items ?? [];
  return (
    <Stack gap="xs" data-testid="estimates-awaiting">
      <Title order={3} size="h4">
        {t('financial.overview.estimatesTitle')}
      </Title>
      {query.error && <QueryError error={query.error} />}
      {query.data && items.length === 0 && (
        <Text c="gray.7">{t('financial.overview.noEstimates')}</Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('financial.overview.estimatesCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {(['patient', 'drug', 'version', 'status', 'patientPays', 'since'] as const).map(
                  (c) => (
                    <Table.Th scope="col" key={c}>
                      {t(`financial.overview.columns.${c}`)}
                    </Table.Th>
                  ),
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.estimateId}>
                  <Table.Th scope="row">
                    <Anchor
                      component={Link}
                      to={reviewPath(item.admissionId)}
                      aria-label={t('financial.overview.openNamed', { name: item.patientName })}
                    >
                      {item.patientName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{item.drugName}</Table.Td>
                  <Table.Td>{item.version}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none">
                      {t(`financial.estimate.status.${item.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatMoney(item.patientTotalCents, i18n.language)}</Table.Td>
                  <Table.Td>
                    {formatDateTime(item.presentedAt ?? item.createdAt, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ApplicationsAwaiting() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['assistance', 'awaiting'],
    queryFn: () =>
      api<ListApplicationsResponse>('GET', '/api/assistance-applications/awaiting-decision'),
  });
  const items = query.data?.applications ?? [];
  return (
    <Stack gap="xs" data-testid="applications-awaiting">
      <Title order={3} size="h4">
        {t('financial.overview.applicationsTitle')}
      </Title>
      {query.error && <QueryError error={query.error} />}
      {query.data && items.length === 0 && (
        <Text c="gray.7">{t('financial.overview.noApplications')}</Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('financial.assistance.applicationsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {(['patient', 'program', 'status', 'since'] as const).map((c) => (
                  <Table.Th scope="col" key={c}>
                    {t(`financial.overview.columns.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row">
                    {item.admissionId ? (
                      <Anchor
                        component={Link}
                        to={reviewPath(item.admissionId)}
                        aria-label={t('financial.overview.openNamed', { name: item.patientName })}
                      >
                        {item.patientName}
                      </Anchor>
                    ) : (
                      item.patientName
                    )}
                  </Table.Th>
                  <Table.Td>
                    {t(`financial.programs.${item.programId}`, { defaultValue: item.programName })}
                  </Table.Td>
                  <Table.Td>{t(`financial.assistance.applicationStatus.${item.status}`)}</Table.Td>
                  <Table.Td>{formatDateTime(item.updatedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The financial tab of the coverage page (default export, imported by the coverage area). */
export default function FinancialOverview() {
  const { t } = useTranslation();
  const roles = useSession().data?.user.roles ?? [];
  return (
    <Stack gap="lg" data-testid="financial-overview">
      <Title order={2} size="h3">
        {t('financial.overview.title')}
      </Title>
      {canPerform(roles, 'estimate', 'read') && <EstimatesAwaiting />}
      {canPerform(roles, 'assistance', 'read') && <ApplicationsAwaiting />}
    </Stack>
  );
}
