import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { lampKeys } from '../keys.ts';

/** `GET /lamps/readings`: every lamp's readings for the weeks from..to (default: the quarter ending this week). */
export const lampReadingsQuery = (range: { from?: string; to?: string } = {}) =>
  queryOptions({
    queryKey: lampKeys.readingsOf(range.from ?? null, range.to ?? null),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lamps/readings', {
          params: {
            query: {
              ...(range.from ? { from: range.from } : {}),
              ...(range.to ? { to: range.to } : {}),
            },
          },
        }),
      ),
  });
