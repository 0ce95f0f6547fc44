import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../kernel/web/lib/api-schema.gen.ts';

// The workspace's people and teams, for every page that names or picks them.

/** Everyone in the workspace (for owner names and the owner filter). */
export const allUsersQuery = queryOptions({
  queryKey: ['users', 'all'],
  queryFn: async () => {
    const users: components['schemas']['User'][] = [];
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

export const teamsQuery = queryOptions({
  queryKey: ['teams', 'list'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/teams'))).items,
  staleTime: 5 * 60_000,
});
