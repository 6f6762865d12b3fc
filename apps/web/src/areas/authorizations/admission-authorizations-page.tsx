// /authorizations/admission/:id: one admission's prior authorizations, until the admission page
// shows the panel itself.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { AdmissionAuthorizationsPanel } from './admission-authorizations-panel.tsx';
import { useAdmissionAuthorizations } from './use-authorizations.ts';

export function AdmissionAuthorizationsPage() {
  const { t } = useTranslation();
  const admissionId = useParams().id ?? '';
  const query = useAdmissionAuthorizations(admissionId);
  const admission = query.data?.admission;
  const title = admission
    ? t('authorizations.page.admissionTitle', { name: admission.patientName })
    : t('authorizations.page.admissionTitleLoading');
  useDocumentTitle(title);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/authorizations" size="sm">
        {t('authorizations.page.back')}
      </Anchor>
      <Title order={1}>{title}</Title>
      {admission && (
        <Text c="gray.7">
          {admission.drugName} ·{' '}
          {t(`authorizations.therapy.${admission.therapy}`, { defaultValue: admission.therapy })}
        </Text>
      )}
      <AdmissionAuthorizationsPanel admissionId={admissionId} />
    </Stack>
  );
}
