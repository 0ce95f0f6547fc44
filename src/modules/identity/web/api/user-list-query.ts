import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { userKeys } from '../keys.ts';

/** `GET /users` 50 at a time (the team page; "load more" follows `nextCursor`). */
export const userListQuery = infiniteQueryOptions({
  queryKey: userKeys.lists,
  queryFn: ({ pageParam }) =>
    unwrap(api.GET('/api/v1/users', { params: { query: { limit: 50, cursor: pageParam } } })),
  ...cursorPages,
});
