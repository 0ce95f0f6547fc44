import { isManager, ROLES } from '../contract/roles.ts';
import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiTokenModal, InvitationsBanner } from '../modules/identity/web/index.ts';
import { GlobalSearch } from '../modules/search/web/index.ts';
import { useMe } from '../kernel/web/lib/session.ts';
import { LanguageSwitcher } from '../kernel/web/app/language-switcher.tsx';
import { UserMenu } from './user-menu.tsx';
import { visibleEntries, type NavEntry } from '../kernel/web/app/web-module.ts';
import { webModules } from './modules.ts';
import { useFirstStepTracker } from '../modules/onboarding/web/index.ts';

/** The main menu: every module's entries, then the settings area (admins and managers). */
const NAV: readonly NavEntry[] = [
  ...webModules.flatMap((module): readonly NavEntry[] => ('nav' in module ? module.nav : [])),
  // Settings change the process for everyone: admins and managers only.
  { to: '/settings', label: 'nav.settings', order: 100, roles: ROLES.filter(isManager) },
];

/** The signed-in frame: header (workspace, search, language, user), navigation, page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const items = visibleEntries(NAV, me.user.role);
  useFirstStepTracker();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Title order={4} c="indigo.7">
              Conveyor
            </Title>
            <Text c="dimmed" truncate visibleFrom="xs" data-testid="workspace-name">
              {me.workspace.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <GlobalSearch />
            <LanguageSwitcher />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <InvitationsBanner />
        <Outlet />
      </AppShell.Main>
      <ApiTokenModal />
    </AppShell>
  );
}
