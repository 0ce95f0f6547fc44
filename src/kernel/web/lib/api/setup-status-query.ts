import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api-client.ts';
import { sessionKeys } from '../keys.ts';

/** `GET /setup`: whether the first-run setup is still to be done. */
export const setupStatusQuery = queryOptions({
  queryKey: sessionKeys.setup,
  queryFn: () => unwrap(api.GET('/api/v1/setup')),
  staleTime: 0,
  retry: false,
});
