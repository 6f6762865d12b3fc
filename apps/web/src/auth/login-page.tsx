import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '@server/modules/identity/identity.contracts.ts';
import { ApiError } from '../api/http.ts';
import { login, useRefreshSession } from '../api/session.ts';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { MfaEnrollStep } from './mfa-enroll-step.tsx';
import { MfaVerifyStep } from './mfa-verify-step.tsx';
import { useErrorMessage } from './use-error-message.ts';

type Step = 'password' | 'verify' | 'enroll';

export function LoginPage({
  pending,
  endedReason,
}: {
  pending: SessionResponse | null;
  endedReason: string | undefined;
  onEndedReasonShown: () => void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const refresh = useRefreshSession();
  const describe = useErrorMessage();
  const [step, setStep] = useState<Step>(
    pending?.mfaState === 'verify'
      ? 'verify'
      : pending?.mfaState === 'enroll'
        ? 'enroll'
        : 'password',
  );
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await login(username, password);
      if (result.mfaState === 'complete') await refresh();
      else setStep(result.mfaState);
    } catch (caught) {
      setError(caught instanceof ApiError ? describe(caught) : t('errors.network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box component="main" bg="gray.0" mih="100vh">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w={420} maw="100%">
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {t('app.name')}
              </Title>
              <Text c="gray.7" size="sm">
                {t('app.tagline')}
              </Text>
            </div>
            {endedReason && step === 'password' && (
              <Alert
                color="yellow"
                icon={<IconInfoCircle aria-hidden />}
                role="status"
                data-testid="session-ended"
              >
                {t(endedReason === 'expired' ? 'login.sessionExpired' : 'login.signedOut')}
              </Alert>
            )}
            {step === 'password' && (
              <form onSubmit={(e) => void submit(e)} noValidate>
                <Stack gap="sm">
                  <Title order={2} size="h4">
                    {t('login.heading')}
                  </Title>
                  <TextInput
                    label={t('login.username')}
                    autoComplete="username"
                    required
                    value={username}
                    onChange={(e) => setUsername(e.currentTarget.value)}
                  />
                  <PasswordInput
                    label={t('login.password')}
                    autoComplete="current-password"
                    required
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                  />
                  {error && (
                    <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                      {error}
                    </Alert>
                  )}
                  <Button type="submit" loading={busy} disabled={!username || !password}>
                    {t('login.submit')}
                  </Button>
                </Stack>
              </form>
            )}
            {step === 'verify' && <MfaVerifyStep onDone={refresh} />}
            {step === 'enroll' && <MfaEnrollStep onDone={refresh} />}
            <Text size="sm">
              {t('login.needCare')} <Anchor href="/request-care">{t('login.requestCare')}</Anchor>
            </Text>
            <Text size="xs" c="gray.7">
              {t('login.privacy')}{' '}
              <Anchor href="/api/docs" size="xs">
                {t('login.apiDocs')}
              </Anchor>
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
