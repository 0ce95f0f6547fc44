import { AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiTokenModal } from '../../../modules/identity/web/api-token-modal.tsx';
import { useMe } from '../lib/session.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

const NAV = [
  { to: '/my-day', label: 'nav.myDay' },
  { to: '/board', label: 'nav.board' },
  { to: '/leads', label: 'nav.leads' },
  { to: '/lamps', label: 'nav.lamps' },
  { to: '/map', label: 'nav.map' },
  { to: '/reports', label: 'nav.reports' },
  { to: '/companies', label: 'nav.companies' },
  { to: '/contacts', label: 'nav.contacts' },
] as const;

/** The signed-in frame: header (workspace, language, user), navigation, page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const items = [
    ...NAV,
    ...(me.user.role === 'admin' ? [{ to: '/users', label: 'nav.users' } as const] : []),
    // Settings change the process for everyone: admins and managers only.
    ...(me.user.role !== 'member' ? [{ to: '/settings', label: 'nav.settings' } as const] : []),
  ];

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
        <Outlet />
      </AppShell.Main>
      <ApiTokenModal />
    </AppShell>
  );
}
