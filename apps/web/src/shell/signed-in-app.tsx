import {
  AppShell,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import type { SessionResponse } from '@server/modules/identity/identity.contracts.ts';
import { NotFoundPage } from '../areas/home/not-found-page.tsx';
import { AreaPlaceholder } from '../areas/home/area-placeholder.tsx';
import { AREA_PAGES, AREA_ROUTES } from '../areas/registry.ts';
import { areasFor, type Area } from './areas.ts';
import { IdleLogout } from './idle-logout.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { UserMenu } from './user-menu.tsx';

function pageFor(area: Area): React.ReactElement {
  const Page = AREA_PAGES.get(area.id);
  return Page ? <Page /> : <AreaPlaceholder areaId={area.id} />;
}

export function SignedInApp({
  session,
  onSignedOut,
}: {
  session: SessionResponse;
  onSignedOut: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const areas = areasFor(session.user.roles);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Title order={2} size="h4" c="cyan.9">
              {t('app.name')}
            </Title>
            <Text size="sm" c="gray.7" visibleFrom="md">
              {session.user.roles.map((role) => t(`roles.${role as string}`)).join(' · ')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch signedIn />
            <UserMenu session={session} onSignedOut={onSignedOut} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.workAreas')}>
        <ScrollArea>
          <VisuallyHidden>
            <h2>{t('shell.workAreas')}</h2>
          </VisuallyHidden>
          {areas.map((area) => (
            <NavLink
              key={area.id}
              component={Link}
              to={area.path}
              label={t(`areas.${area.id}.label`)}
              leftSection={<area.icon size={18} aria-hidden />}
              active={
                area.path === '/'
                  ? location.pathname === '/'
                  : location.pathname.startsWith(area.path)
              }
              onClick={close}
              data-testid={`nav-${area.id}`}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Routes>
          {areas.map((area) => (
            <Route key={area.id} path={area.path} element={pageFor(area)} />
          ))}
          {AREA_ROUTES.filter((route) =>
            route.areas.some((id) => areas.some((a) => a.id === id)),
          ).map((route) => (
            <Route key={route.path} path={route.path} element={route.element} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </AppShell.Main>
      <IdleLogout idleTimeoutSeconds={session.idleTimeoutSeconds} onSignedOut={onSignedOut} />
    </AppShell>
  );
}
