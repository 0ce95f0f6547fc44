import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { dealKeys } from '../keys.ts';

/** A deal's history (`GET /deals/{id}/history`), newest first, 20 at a time. */
export const dealHistoryQuery = (dealId: string) =>
  infiniteQueryOptions({
    queryKey: dealKeys.history(dealId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/deals/{id}/history', {
          params: { path: { id: dealId }, query: { limit: 20, cursor: pageParam } },
        }),
      ),
    ...cursorPages,
  });
