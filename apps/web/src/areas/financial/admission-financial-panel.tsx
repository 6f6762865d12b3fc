// The admission's financial review for the admission page: Medicare benefit routing, the estimate
// of what the patient will owe (versions, presenting, acknowledgement, PDF) and financial
// assistance. Each part shows only to roles the policy table lets read it.
import { Divider, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canPerform } from '@infusio/domain/access';
import type { BenefitRoutingResponse } from '@server/modules/financial/benefit-routing.contracts.ts';
import { api } from '../../api/http.ts';
import { useSession } from '../../api/session.ts';
import { AssistanceSection } from './assistance-section.tsx';
import { BenefitRoutingCard } from './benefit-routing-card.tsx';
import { EstimateSection } from './estimate-section.tsx';

export interface AdmissionFinancialPanelProps {
  admissionId: string;
}

/** Headings: the panel is an h2, its parts h3, their details h4. */
export function AdmissionFinancialPanel({ admissionId }: AdmissionFinancialPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const roles = useSession().data?.user.roles ?? [];
  const readsRouting = canPerform(roles, 'coverage', 'read');
  // The routing answer also names the patient, whom the assistance part needs.
  const routing = useQuery({
    queryKey: ['benefit-routing', admissionId],
    queryFn: () =>
      api<BenefitRoutingResponse>(
        'GET',
        `/api/admissions/${encodeURIComponent(admissionId)}/benefit-routing`,
      ),
    enabled: readsRouting,
  });
  const patientId = routing.data?.patientId;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="financial-panel"
    >
      <Stack gap="lg">
        <Title order={2} size="h3" id={headingId}>
          {t('financial.panel.title')}
        </Title>
        {readsRouting && <BenefitRoutingCard admissionId={admissionId} />}
        {canPerform(roles, 'estimate', 'read') && (
          <>
            <Divider />
            <EstimateSection
              admissionId={admissionId}
              mayCreate={canPerform(roles, 'estimate', 'create')}
              mayUpdate={canPerform(roles, 'estimate', 'update')}
            />
          </>
        )}
        {patientId && canPerform(roles, 'assistance', 'read') && (
          <>
            <Divider />
            <AssistanceSection
              patientId={patientId}
              admissionId={admissionId}
              mayCreate={canPerform(roles, 'assistance', 'create')}
              mayUpdate={canPerform(roles, 'assistance', 'update')}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

export default AdmissionFinancialPanel;
