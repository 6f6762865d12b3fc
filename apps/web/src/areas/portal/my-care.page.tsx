import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  List,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyAdmission, MyAdmissionsResponse } from '@server/modules/portal/portal.contracts.ts';
import { api } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { formatDate, formatDateTime } from '../../shell/format.ts';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { MyEstimates } from '../financial/my-estimates.tsx';

function Journey({ admission }: { admission: MyAdmission }) {
  const { t, i18n } = useTranslation();
  const current = admission.steps.findIndex((s) => s.state === 'current');
  const active = current >= 0 ? current : admission.steps.filter((s) => s.state === 'done').length;
  const closed = admission.status !== 'open';
  return (
    <Card withBorder data-testid="my-journey">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={2} size="h3">
            {t('portal.therapyFor', { drug: admission.drugName, name: admission.patientName })}
          </Title>
          <Anchor component={Link} to={`/patients/${admission.patientId}`} size="sm">
            {t('portal.openRecord', { name: admission.patientName })}
          </Anchor>
        </div>
        <Badge variant="light" color={closed ? 'gray' : 'cyan'}>
          {t(`portal.status.${admission.status}`)}
        </Badge>
      </Group>
      {admission.expectedStartDate && admission.startOfCareAt === null && (
        <Text mb="sm">
          {t('portal.expectedStart', {
            date: formatDate(admission.expectedStartDate, i18n.language),
          })}
        </Text>
      )}
      <Stepper
        active={active < 0 ? admission.steps.length : active}
        orientation="vertical"
        size="sm"
        allowNextStepsSelect={false}
        aria-label={t('portal.journeyLabel')}
      >
        {admission.steps.map((step) => (
          <Stepper.Step
            key={step.stage}
            label={t(`portal.stage.${step.stage}.title`)}
            description={
              step.state === 'current'
                ? t(`portal.stage.${step.stage}.now`)
                : step.at
                  ? formatDateTime(step.at, i18n.language)
                  : t(`portal.stage.${step.stage}.later`)
            }
          />
        ))}
      </Stepper>
    </Card>
  );
}

/** The patient's (or caregiver's) own page: where the therapy stands, what happens next, what to have ready. */
export function MyCarePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('areas.myCare.label'));
  const query = useQuery({
    queryKey: ['my-admissions'],
    queryFn: () => api<MyAdmissionsResponse>('GET', '/api/my/admissions'),
  });
  return (
    <Stack>
      <Title order={1}>{t('areas.myCare.label')}</Title>
      {query.error && <QueryError error={query.error} />}
      {query.data?.admissions.length === 0 && (
        <Alert icon={<IconInfoCircle aria-hidden />} color="cyan" variant="light">
          {t('portal.noAdmission')}
        </Alert>
      )}
      {query.data?.admissions.map((admission) => (
        <Journey key={admission.admissionId} admission={admission} />
      ))}
      <MyEstimates />
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('myCare.prepareTitle')}
        </Title>
        <List spacing={4}>
          <List.Item>{t('myCare.prepareBasics')}</List.Item>
          <List.Item>{t('myCare.preparePrescription')}</List.Item>
        </List>
        <Text size="sm" c="gray.7" mt="sm">
          {t('portal.callUs')}
        </Text>
      </Card>
    </Stack>
  );
}

export default MyCarePage;
