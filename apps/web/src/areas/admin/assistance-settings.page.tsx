// Financial assistance settings (issue 4): the organisation's sliding scale and the poverty
// guidelines by year, edited by an administrator; screening uses both from the next screening on.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import { PovertyGuidelinesSettings } from './poverty-guidelines-form.tsx';
import { SlidingScaleSettings } from './sliding-scale-form.tsx';

export function AssistanceSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('assistanceSettings.title'));
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('assistanceSettings.title')}</Title>
        <Text c="gray.7">{t('assistanceSettings.intro')}</Text>
      </Stack>
      <SlidingScaleSettings />
      <PovertyGuidelinesSettings />
    </Stack>
  );
}

export default AssistanceSettingsPage;
