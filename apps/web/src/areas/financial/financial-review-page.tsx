// A page of its own for an admission's financial review, opened from the financial overview (the
// admission page shows the same panel once the lead places it there).
import { Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BenefitRoutingResponse } from '@server/modules/financial/benefit-routing.contracts.ts';
import { api } from '../../api/http.ts';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { AdmissionFinancialPanel } from './admission-financial-panel.tsx';

export function FinancialReviewPage() {
  const { t } = useTranslation();
  const admissionId = useParams().id ?? '';
  const routing = useQuery({
    queryKey: ['benefit-routing', admissionId],
    queryFn: () =>
      api<BenefitRoutingResponse>(
        'GET',
        `/api/admissions/${encodeURIComponent(admissionId)}/benefit-routing`,
      ),
  });
  const title = t('financial.panel.pageTitle', { name: routing.data?.patientName ?? '…' });
  useDocumentTitle(title);
  return (
    <Stack>
      <Anchor component={Link} to="/coverage" size="sm">
        {t('financial.panel.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      <AdmissionFinancialPanel admissionId={admissionId} />
    </Stack>
  );
}
