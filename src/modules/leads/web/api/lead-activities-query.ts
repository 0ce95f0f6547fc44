import type { RecordActivityState } from '../../../../contract/activities.ts';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { activityKeys } from '../../../conveyor/web/index.ts';

/** `GET /activities?leadId=`: a lead's activities in one state (`planned` includes overdue), up to 200. */
export const leadActivitiesQuery = (leadId: string, state: RecordActivityState) =>
  queryOptions({
    queryKey: activityKeys.leadList(leadId, state),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/activities', { params: { query: { leadId, state, limit: 200 } } }),
        )
      ).items,
  });
