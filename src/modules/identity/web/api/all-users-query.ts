import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { userKeys } from '../keys.ts';
import type { User } from './types.ts';

/** Everyone in the workspace, every page of `GET /users` (for owner names and pickers). */
export const allUsersQuery = queryOptions({
  queryKey: userKeys.everyone,
  queryFn: async () => {
    const users: User[] = [];
    let cursor: string | undefined;
    do {
      const page = await unwrap(
        api.GET('/api/v1/users', { params: { query: { limit: 100, cursor } } }),
      );
      users.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return users;
  },
  staleTime: 5 * 60_000,
});
