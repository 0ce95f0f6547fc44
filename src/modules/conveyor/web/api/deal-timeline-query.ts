import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { dealKeys } from '../keys.ts';

/** The deal card's timeline (`GET /deals/{id}/timeline`): history, notes and files, 20 at a time. */
export const dealTimelineQuery = (dealId: string) =>
  infiniteQueryOptions({
    queryKey: dealKeys.timeline(dealId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/deals/{id}/timeline', {
          params: { path: { id: dealId }, query: { limit: 20, cursor: pageParam } },
        }),
      ),
    ...cursorPages,
  });
