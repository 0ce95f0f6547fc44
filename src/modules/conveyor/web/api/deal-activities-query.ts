import type { RecordActivityState } from '../../../../contract/activities.ts';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { activityKeys } from '../keys.ts';

/** A deal's activities in one state (`planned` includes the overdue ones), up to 200. */
export const dealActivitiesQuery = (dealId: string, state: RecordActivityState) =>
  queryOptions({
    queryKey: activityKeys.dealList(dealId, state),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/activities', { params: { query: { dealId, state, limit: 200 } } }),
        )
      ).items,
  });
