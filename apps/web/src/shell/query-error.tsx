import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { useErrorMessage } from '../auth/use-error-message.ts';

export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const message = error instanceof ApiError ? describe(error) : t('errors.network');
  return (
    <Alert
      color="red"
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
      title={t('errors.title')}
    >
      {message}
    </Alert>
  );
}
