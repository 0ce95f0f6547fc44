import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { lampKeys } from '../keys.ts';

/** `GET /lamps/{id}/drilldown?week=`: what is behind a lamp's reading that week. */
export const drilldownQuery = (lampId: string, week: string) =>
  queryOptions({
    queryKey: lampKeys.drilldown(lampId, week),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lamps/{id}/drilldown', {
          params: { path: { id: lampId }, query: { week } },
        }),
      ),
  });
