import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { dealKeys } from '../keys.ts';

/** The latest notes that mention the signed-in person (`GET /mentions`). */
export const myMentionsQuery = queryOptions({
  queryKey: dealKeys.mentions,
  queryFn: () => unwrap(api.GET('/api/v1/mentions', { params: { query: { limit: 5 } } })),
});
