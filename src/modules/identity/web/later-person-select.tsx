import type { SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { LaterSelect } from '../../../kernel/web/components/later.tsx';
import { allUsersQuery } from './api/all-users-query.ts';

/**
 * PersonSelect for a page's first view (the board's owner filter): read-only until the select's
 * code is there, after the page is drawn (ADR 032).
 */
export function LaterPersonSelect(props: Omit<SelectProps, 'data'>) {
  const users = useQuery(allUsersQuery);
  return (
    <LaterSelect
      data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      searchable
      clearable
      {...props}
    />
  );
}
