// Financial assistance for the admission's patient: screen by household and income, see what each
// program allows, start applications and move them to a decision.
import { Button, Collapse, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type {
  ListApplicationsResponse,
  ListScreeningsResponse,
} from '@server/modules/financial/assistance.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { AssistanceApplications } from './assistance-applications.tsx';
import { AssistanceScreeningForm } from './assistance-screening-form.tsx';
import { AssistanceScreeningResult } from './assistance-screening-result.tsx';
import { PovertyGuidelinesTable } from './poverty-guidelines-table.tsx';
import { SlidingScaleInUse } from './sliding-scale-table.tsx';

export function AssistanceSection({
  patientId,
  admissionId,
  mayCreate,
  mayUpdate,
}: {
  patientId: string;
  admissionId: string;
  mayCreate: boolean;
  mayUpdate: boolean;
}) {
  const { t } = useTranslation();
  const [guidelinesShown, guidelines] = useDisclosure(false);
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  const screenings = useQuery({
    queryKey: ['assistance', patientId, 'screenings'],
    queryFn: () => api<ListScreeningsResponse>('GET', `${base}/assistance-screenings`),
  });
  const applications = useQuery({
    queryKey: ['assistance', patientId, 'applications'],
    queryFn: () => api<ListApplicationsResponse>('GET', `${base}/assistance-applications`),
  });
  const latest = screenings.data?.screenings[0];
  return (
    <Stack gap="sm" data-testid="assistance-section">
      <Title order={3} size="h4">
        {t('financial.assistance.title')}
      </Title>
      {mayCreate && <AssistanceScreeningForm patientId={patientId} admissionId={admissionId} />}
      {screenings.error && <QueryError error={screenings.error} />}
      {screenings.data && !latest && (
        <Text c="gray.7">{t('financial.assistance.noScreening')}</Text>
      )}
      {latest && <AssistanceScreeningResult screening={latest} mayApply={mayCreate} />}
      <div>
        <Button
          variant="subtle"
          size="xs"
          onClick={guidelines.toggle}
          aria-expanded={guidelinesShown}
          aria-controls="poverty-guidelines-collapse"
        >
          {t('financial.assistance.policiesTitle')}
        </Button>
        <Collapse expanded={guidelinesShown} id="poverty-guidelines-collapse">
          {guidelinesShown && (
            <Stack gap="sm">
              <Title order={4} size="h5">
                {t('financial.assistance.scale.title')}
              </Title>
              <SlidingScaleInUse />
              <Title order={4} size="h5">
                {t('financial.assistance.guidelinesTitle')}
              </Title>
              <PovertyGuidelinesTable />
            </Stack>
          )}
        </Collapse>
      </div>
      {applications.error && <QueryError error={applications.error} />}
      {applications.data && (
        <AssistanceApplications
          applications={applications.data.applications}
          mayUpdate={mayUpdate}
        />
      )}
    </Stack>
  );
}
