import { Avatar, Button, Text } from '@mantine/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../kernel/web/lib/session.ts';

/** The user menu's button (its target), and the whole of it until the menu's code is there. */
export const UserButton = forwardRef<
  HTMLButtonElement,
  { me: Me } & Omit<ComponentPropsWithoutRef<'button'>, 'color'>
>(function UserButton({ me, ...props }, ref) {
  const { t } = useTranslation();
  const { user } = me;
  return (
    <Button
      ref={ref}
      variant="subtle"
      size="compact-sm"
      leftSection={<Avatar name={user.name} size={24} color="initials" />}
      aria-label={t('shell.userMenu', { name: user.name })}
      {...props}
    >
      <Text span inherit visibleFrom="sm">
        {user.name}
      </Text>
    </Button>
  );
});
