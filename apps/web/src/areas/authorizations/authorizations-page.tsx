// /authorizations: the reimbursement work list of authorizations on a page of its own (the
// coverage page shows the same list as a tab).
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shell/use-document-title.ts';
import AuthorizationsOverview from './authorizations-overview.tsx';

export function AuthorizationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('authorizations.page.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('authorizations.page.title')}</Title>
      <AuthorizationsOverview />
    </Stack>
  );
}
