import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { leadKeys } from '../keys.ts';

/** `GET /leads/{id}/history`: a lead's timeline, newest first, 20 at a time. */
export const leadHistoryQuery = (leadId: string) =>
  infiniteQueryOptions({
    queryKey: leadKeys.history(leadId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/leads/{id}/history', {
          params: { path: { id: leadId }, query: { limit: 20, cursor: pageParam } },
        }),
      ),
    ...cursorPages,
  });
