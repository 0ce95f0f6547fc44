import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { goalKeys } from '../keys.ts';

/** `GET /goals`: every person's goals. */
export const goalsQuery = queryOptions({
  queryKey: goalKeys.lists,
  queryFn: async () => (await unwrap(api.GET('/api/v1/goals'))).items,
});
