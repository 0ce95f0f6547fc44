import { Group, Title, type TitleOrder } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page (or section) title with its actions on the right. */
export function PageHeader({
  title,
  order = 2,
  children,
}: {
  title: ReactNode;
  order?: TitleOrder;
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
      <Title order={order}>{title}</Title>
      {children && <Group gap="sm">{children}</Group>}
    </Group>
  );
}
