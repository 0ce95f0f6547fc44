import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { leadKeys } from '../keys.ts';

/** `GET /leads/load`: each hunter's open leads against their limit, and the queue (managers). */
export const leadLoadQuery = queryOptions({
  queryKey: leadKeys.load,
  queryFn: () => unwrap(api.GET('/api/v1/leads/load')),
});
