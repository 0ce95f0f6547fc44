import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { mapKeys } from '../keys.ts';

/** `GET /process-map`: the groups, top to bottom, with their lamps. */
export const processMapQuery = queryOptions({
  queryKey: mapKeys.all,
  queryFn: () => unwrap(api.GET('/api/v1/process-map')),
});
