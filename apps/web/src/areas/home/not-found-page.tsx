import { Button, EmptyState, Stack } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../shell/use-document-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack>
      <h1 className="visually-hidden">{t('notFound.title')}</h1>
      <EmptyState
        icon={<IconMapOff aria-hidden />}
        title={t('notFound.title')}
        description={t('notFound.body')}
      >
        <Button component={Link} to="/" mt="md">
          {t('notFound.home')}
        </Button>
      </EmptyState>
    </Stack>
  );
}
