// The admission page's insurance panel (placed by the admission page's owner): every coverage of
// the admission's patient with its plan, eligibility check and benefits.
import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionCoveragesResponse } from '@server/modules/coverage/coverage.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { CoverageItem } from './coverage-item.tsx';

export function AdmissionCoveragePanel({ admissionId }: { admissionId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const query = useQuery({
    queryKey: ['admission-coverages', admissionId],
    queryFn: () =>
      api<AdmissionCoveragesResponse>('GET', `/api/admissions/${admissionId}/coverages`),
  });
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={titleId}
      data-testid="admission-coverage-panel"
    >
      <Stack>
        <Title order={2} size="h3" id={titleId}>
          {t('coverage.panel.title')}
        </Title>
        {query.isPending && <Loader size="sm" aria-label={t('coverage.panel.loading')} />}
        {query.error && <QueryError error={query.error} />}
        {query.data && (
          <>
            <Text c="gray.7">{t('coverage.panel.patient', { name: query.data.patientName })}</Text>
            {query.data.coverages.length === 0 && <Text>{t('coverage.panel.none')}</Text>}
            {query.data.coverages.map((coverage) => (
              <CoverageItem
                key={coverage.id}
                coverage={coverage}
                admissionId={admissionId}
                patientState={query.data.patientState}
              />
            ))}
          </>
        )}
      </Stack>
    </Card>
  );
}

export default AdmissionCoveragePanel;
