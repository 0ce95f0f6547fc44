import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../kernel/web/data/use-api-mutation.ts';
import { logOut } from '../kernel/web/lib/api/log-out.ts';
import { switchWorkspace } from '../kernel/web/lib/api/switch-workspace.ts';
import type { Me } from '../kernel/web/lib/session.ts';

/** The signed-in user's name and role, their other workspaces to switch to, and "log out". */
export function UserMenu({ me }: { me: Me }) {
  const { user } = me;
  const { t } = useTranslation();
  const navigate = useNavigate();

  const logout = useApiMutation({
    mutationFn: logOut,
    // Nothing of the signed-out session stays cached for whoever signs in next.
    apply: (client) => client.clear(),
    onSuccess: () => navigate({ to: '/login' }),
  });

  // Another workspace is another set of data: a fresh page load leaves nothing of this one
  // (cached answers, open drawers, filters naming its records).
  const switchTo = useApiMutation({
    mutationFn: switchWorkspace,
    onSuccess: () => window.location.assign('/my-day'),
  });
  const others = me.workspaces.filter((w) => w.id !== me.workspace.id);

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<Avatar name={user.name} size={24} color="initials" />}
          aria-label={t('shell.userMenu', { name: user.name })}
        >
          <Text span inherit visibleFrom="sm">
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.email} · {t(`roles.${user.role}`)}
        </Menu.Label>
        {others.length > 0 ? (
          <>
            <Menu.Divider />
            <Menu.Label>{t('shell.switchWorkspace')}</Menu.Label>
            {others.map((w) => (
              <Menu.Item
                key={w.id}
                onClick={() => switchTo.mutate(w.id)}
                disabled={switchTo.isPending}
              >
                {w.name}
              </Menu.Item>
            ))}
            <Menu.Divider />
          </>
        ) : null}
        <Menu.Item onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
