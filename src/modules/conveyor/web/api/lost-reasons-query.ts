import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { lostReasonKeys } from '../keys.ts';

/** The reasons a deal may be lost for now (`GET /lost-reasons?active=true`). */
export const activeLostReasonsQuery = queryOptions({
  queryKey: lostReasonKeys.active,
  queryFn: () => unwrap(api.GET('/api/v1/lost-reasons', { params: { query: { active: 'true' } } })),
  staleTime: 60_000,
});

/** Every loss reason, retired ones too (settings). */
export const allLostReasonsQuery = queryOptions({
  queryKey: lostReasonKeys.lists,
  queryFn: () => unwrap(api.GET('/api/v1/lost-reasons')),
  staleTime: 0,
});
