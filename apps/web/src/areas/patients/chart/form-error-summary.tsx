import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http.ts';
import { useErrorMessage } from '../../../auth/use-error-message.ts';

/** What went wrong with a form, announced; the fields themselves carry their own messages. */
export function FormErrorSummary({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  if (!error) return null;
  const message = error instanceof ApiError ? describe(error) : t('errors.network');
  return (
    <Alert color="red" role="alert" icon={<IconAlertCircle aria-hidden />}>
      {message}
    </Alert>
  );
}
