import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../components/use-problem-handler.tsx';
import { api, unwrap } from '../lib/api-client.ts';
import type { User } from '../lib/session.ts';

/** The signed-in user's name, role and "log out". */
export function UserMenu({ user }: { user: User }) {
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
        <Menu.Item onClick={() => logout.mutate()} disabled={logout.isPending}>
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
