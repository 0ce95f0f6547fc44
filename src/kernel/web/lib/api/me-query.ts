import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api-client.ts';
import { sessionKeys } from '../keys.ts';

/** `GET /me`: the signed-in user, their workspace and the workspaces they belong to. */
export const meQuery = queryOptions({
  queryKey: sessionKeys.me,
  queryFn: () => unwrap(api.GET('/api/v1/me')),
  staleTime: 5 * 60_000,
  retry: false,
});
