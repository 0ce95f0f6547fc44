import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { disqualificationReasonKeys } from '../keys.ts';

/** `GET /disqualification-reasons?active=true`: the reasons a lead may be closed for now. */
export const activeDisqualificationReasonsQuery = queryOptions({
  queryKey: disqualificationReasonKeys.list({ active: true }),
  queryFn: async () =>
    (
      await unwrap(
        api.GET('/api/v1/disqualification-reasons', { params: { query: { active: 'true' } } }),
      )
    ).items,
});
