import { EmptyState, Stack, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shell/use-document-title.ts';

/** An area whose module is not built yet says what will live there, for whom. */
export function AreaPlaceholder({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const label = t(`areas.${areaId}.label`);
  useDocumentTitle(label);
  return (
    <Stack>
      <Title order={1}>{label}</Title>
      <EmptyState
        icon={<IconTools aria-hidden />}
        title={t('placeholder.title')}
        description={t(`areas.${areaId}.description`)}
        data-testid="area-placeholder"
      />
    </Stack>
  );
}
