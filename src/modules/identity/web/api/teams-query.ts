import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { teamKeys } from '../keys.ts';

/** The workspace's teams (`GET /teams`). */
export const teamsQuery = queryOptions({
  queryKey: teamKeys.lists,
  queryFn: async () => (await unwrap(api.GET('/api/v1/teams'))).items,
  staleTime: 5 * 60_000,
});
