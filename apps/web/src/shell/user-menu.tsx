import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconDevices, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '@server/modules/identity/identity.contracts.ts';
import { logout, SESSION_KEY } from '../api/session.ts';

export function UserMenu({
  session,
  onSignedOut,
}: {
  session: SessionResponse;
  onSignedOut: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const initials = session.user.displayName
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

  async function signOut(everywhere: boolean) {
    await logout(everywhere).catch(() => undefined);
    onSignedOut('signedOut');
    client.clear();
    client.setQueryData(SESSION_KEY, null);
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={
            <Avatar size="sm" color="cyan">
              {initials}
            </Avatar>
          }
          aria-label={t('shell.userMenu', { name: session.user.displayName })}
        >
          <Text size="sm" visibleFrom="sm" component="span">
            {session.user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{session.user.username}</Menu.Label>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut(false)}
        >
          {t('shell.signOut')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconDevices size={16} aria-hidden />}
          onClick={() => void signOut(true)}
        >
          {t('shell.signOutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
