import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/http.ts';
import { QueryError } from '../../shell/query-error.tsx';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { ChartHeader } from './chart/chart-header.tsx';
import { ChartTabs } from './chart/chart-tabs.tsx';
import { useChart } from './chart/use-chart.ts';

/** The patient chart: who the patient is, allergies always in view, and the sections as tabs. */
export function PatientRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useChart(id);
  const chart = query.data;
  const p = chart?.patient;
  useDocumentTitle(p ? `${p.familyName}, ${p.givenName}` : t('patient.title'));

  if (
    query.error instanceof ApiError &&
    (query.error.status === 404 || query.error.status === 400)
  ) {
    return (
      <Stack>
        <Title order={1}>{t('patient.title')}</Title>
        <Alert
          color="gray"
          icon={<IconLock aria-hidden />}
          role="alert"
          data-testid="patient-not-available"
        >
          {t('patient.notAvailable')}
        </Alert>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      </Stack>
    );
  }
  if (query.error) return <QueryError error={query.error} />;
  if (!chart) return <Text aria-busy="true">{t('common.loading')}</Text>;

  return (
    <Stack>
      <ChartHeader chart={chart} />
      <ChartTabs chart={chart} />
    </Stack>
  );
}
