import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { allUsersQuery } from './api/all-users-query.ts';

/** A searchable select of the workspace's people by name (a deal's owner, the board's filter). */
export function PersonSelect(props: Omit<SelectProps, 'data'>) {
  const users = useQuery(allUsersQuery);
  return (
    <Select
      data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      searchable
      clearable
      {...props}
    />
  );
}
