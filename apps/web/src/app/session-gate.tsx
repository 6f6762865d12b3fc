import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onSessionEnded } from '../api/http.ts';
import { SESSION_KEY, useSession } from '../api/session.ts';
import { LoginPage } from '../auth/login-page.tsx';
import { changeLanguage } from '../i18n/i18n.ts';
import { SignedInApp } from '../shell/signed-in-app.tsx';

/** Shows the sign-in flow until the session is complete, then the signed-in application. */
export function SessionGate() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const [endedReason, setEndedReason] = useState<string | undefined>();

  useEffect(
    () =>
      onSessionEnded((code) => {
        // Only a session that existed can end; the first visit's 401 is just "not signed in yet".
        if (!client.getQueryData(SESSION_KEY)) return;
        setEndedReason(code === 'session_expired' ? 'expired' : 'signedOut');
        client.setQueryData(SESSION_KEY, null);
        client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      }),
    [client],
  );

  // The account's language wins when a session starts (or the account's choice changes).
  const locale = session.data?.user.locale;
  useEffect(() => {
    if (locale && locale !== i18n.language) void changeLanguage(locale);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the account's language changes
  }, [locale]);

  if (session.isPending) {
    return (
      <Center h="100vh" aria-busy="true">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (session.data?.mfaState !== 'complete') {
    return (
      <LoginPage
        pending={session.data ?? null}
        endedReason={endedReason}
        onEndedReasonShown={() => undefined}
      />
    );
  }
  return (
    <SignedInApp
      session={session.data}
      onSignedOut={(reason) => {
        setEndedReason(reason);
      }}
    />
  );
}
