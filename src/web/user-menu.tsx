import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../kernel/web/components/use-problem-handler.tsx';
import { api, unwrap } from '../kernel/web/lib/api-client.ts';
import type { Me } from '../kernel/web/lib/session.ts';

/** The signed-in user's name and role, their other workspaces to switch to, and "log out". */
export function UserMenu({ me }: { me: Me }) {
  const { user } = me;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useProblemHandler();

  const logout = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSuccess: async () => {
      queryClient.clear();
      await navigate({ to: '/login' });
    },
    onError: notify,
  });

  // Another workspace is another set of data: a fresh page load leaves nothing of this one
  // (cached answers, open drawers, filters naming its records).
  const switchTo = useMutation({
    mutationFn: (workspaceId: string) =>
      unwrap(api.POST('/api/v1/me/workspace', { body: { workspaceId } })),
    onSuccess: () => window.location.assign('/my-day'),
    onError: notify,
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
