// HIPAA automatic logoff on the client side: after the server's idle timeout without keyboard,
// mouse or touch activity the user is signed out; a minute before, a dialog offers to stay. While
// the user is active, the session is kept alive with a light request about once a minute.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http.ts';
import { logout, SESSION_KEY } from '../api/session.ts';

const ACTIVITY_EVENTS = ['mousedown', 'keydown', 'touchstart', 'wheel'] as const;

export function IdleLogout({
  idleTimeoutSeconds,
  onSignedOut,
}: {
  idleTimeoutSeconds: number;
  onSignedOut: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const lastActivity = useRef(Date.now());
  const lastKeepAlive = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | undefined>();
  const warnBefore = Math.min(60, Math.floor(idleTimeoutSeconds / 3));

  useEffect(() => {
    const mark = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, mark, { passive: true });
    const timer = window.setInterval(() => {
      const idle = (Date.now() - lastActivity.current) / 1000;
      const left = Math.ceil(idleTimeoutSeconds - idle);
      if (left <= 0) {
        window.clearInterval(timer);
        void logout().catch(() => undefined);
        onSignedOut('expired');
        client.clear();
        client.setQueryData(SESSION_KEY, null);
        return;
      }
      setSecondsLeft(left <= warnBefore ? left : undefined);
      const sinceKeepAlive = (Date.now() - lastKeepAlive.current) / 1000;
      if (idle < 60 && sinceKeepAlive > Math.min(60, idleTimeoutSeconds / 2)) {
        lastKeepAlive.current = Date.now();
        void api('GET', '/api/auth/session').catch(() => undefined);
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, mark);
    };
  }, [idleTimeoutSeconds, warnBefore, onSignedOut, client]);

  return (
    <Modal
      opened={secondsLeft !== undefined}
      onClose={() => (lastActivity.current = Date.now())}
      title={t('idle.title')}
      centered
    >
      <Text mb="md" role="timer" aria-live="polite">
        {t('idle.body', { seconds: secondsLeft ?? 0 })}
      </Text>
      <Group justify="flex-end">
        <Button
          onClick={() => {
            lastActivity.current = Date.now();
            lastKeepAlive.current = Date.now();
            setSecondsLeft(undefined);
            void api('GET', '/api/auth/session').catch(() => undefined);
          }}
        >
          {t('idle.stay')}
        </Button>
      </Group>
    </Modal>
  );
}
