import { Alert, Anchor, Button, PinInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaCompletedResponse } from '@server/modules/identity/identity.contracts.ts';
import { ApiError, api, setCsrfToken } from '../api/http.ts';
import { useErrorMessage } from './use-error-message.ts';

export function MfaVerifyStep({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event?: SyntheticEvent) {
    event?.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await api<MfaCompletedResponse>(
        'POST',
        '/api/auth/mfa/verify',
        useRecovery ? { recoveryCode: code } : { code },
      );
      setCsrfToken(result.csrfToken);
      await onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? describe(caught) : t('errors.network'));
      if (caught instanceof ApiError && caught.extensions.signInAgain === true)
        window.location.reload();
      setCode('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mfa.verifyHeading')}
        </Title>
        <Text size="sm">{t(useRecovery ? 'mfa.recoveryHelp' : 'mfa.verifyHelp')}</Text>
        {useRecovery ? (
          <TextInput
            label={t('mfa.recoveryCode')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
          />
        ) : (
          <PinInput
            length={6}
            type="number"
            oneTimeCode
            value={code}
            onChange={setCode}
            aria-label={t('mfa.code')}
            getInputProps={(index) => ({ 'aria-label': t('mfa.digit', { n: index + 1 }) })}
          />
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button
          type="submit"
          loading={busy}
          disabled={useRecovery ? code.length < 8 : code.length !== 6}
        >
          {t('mfa.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setCode('');
          }}
        >
          {t(useRecovery ? 'mfa.useApp' : 'mfa.useRecovery')}
        </Anchor>
      </Stack>
    </form>
  );
}
