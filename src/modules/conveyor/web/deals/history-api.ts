import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type DealHistoryItem = components['schemas']['DealHistoryItem'];

/**
 * A deal's history, newest first, 20 at a time. Under ['deals'], so everything that refreshes
 * deals after a change (move, win, edit, an activity) refreshes the history too.
 */
export const dealHistoryQuery = (dealId: string) =>
  infiniteQueryOptions({
    queryKey: ['deals', 'history', dealId],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/deals/{id}/history', {
          params: { path: { id: dealId }, query: { limit: 20, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
