import { Alert, Button, Code, Image, List, PinInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  MfaCompletedResponse,
  MfaEnrollmentResponse,
} from '@server/modules/identity/identity.contracts.ts';
import { ApiError, api, setCsrfToken } from '../api/http.ts';
import { useErrorMessage } from './use-error-message.ts';

export function MfaEnrollStep({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const enrol = useMutation({
    mutationFn: () => api<MfaEnrollmentResponse>('POST', '/api/auth/mfa/enroll'),
  });
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | undefined>();
  const start = enrol.mutate;
  const started = useRef(false);

  useEffect(() => {
    // Once only: a second secret would silently replace the one in the QR code on screen.
    if (started.current) return;
    started.current = true;
    start();
  }, [start]);

  async function activate(event: SyntheticEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await api<MfaCompletedResponse>('POST', '/api/auth/mfa/activate', { code });
      setCsrfToken(result.csrfToken);
      setRecoveryCodes(result.recoveryCodes ?? []);
    } catch (caught) {
      setError(caught instanceof ApiError ? describe(caught) : t('errors.network'));
      setCode('');
    }
  }

  if (recoveryCodes) {
    return (
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mfa.recoveryHeading')}
        </Title>
        <Text size="sm">{t('mfa.recoveryExplain')}</Text>
        <List spacing={2} data-testid="recovery-codes">
          {recoveryCodes.map((c) => (
            <List.Item key={c}>
              <Code>{c}</Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={() => void onDone()}>{t('mfa.savedContinue')}</Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={(e) => void activate(e)} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mfa.enrollHeading')}
        </Title>
        <Text size="sm">{t('mfa.enrollHelp')}</Text>
        {enrol.data && (
          <>
            <Image src={enrol.data.qrDataUrl} alt={t('mfa.qrAlt')} w={220} h={220} fit="contain" />
            <Text size="sm">
              {t('mfa.manualEntry')} <Code data-testid="totp-secret">{enrol.data.secret}</Code>
            </Text>
          </>
        )}
        {enrol.error && (
          <Alert color="red" role="alert">
            {enrol.error instanceof ApiError ? describe(enrol.error) : t('errors.network')}
          </Alert>
        )}
        <PinInput
          length={6}
          type="number"
          oneTimeCode
          value={code}
          onChange={setCode}
          aria-label={t('mfa.code')}
          getInputProps={(index) => ({ 'aria-label': t('mfa.digit', { n: index + 1 }) })}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" disabled={code.length !== 6}>
          {t('mfa.activate')}
        </Button>
      </Stack>
    </form>
  );
}
