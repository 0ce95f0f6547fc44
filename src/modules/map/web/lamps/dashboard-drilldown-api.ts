import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

/** What a lamp counted in a week: deals, leads and activities (a ratio: its numerator). */
export type Drilldown = components['schemas']['LampDrilldown'];
export type DrilldownItem = Drilldown['items'][number];

/** `GET /lamps/{id}/drilldown?week=` — what is behind a lamp's reading that week. */
export const drilldownQuery = (lampId: string, week: string) =>
  queryOptions({
    queryKey: ['lamps', 'drilldown', lampId, week],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lamps/{id}/drilldown', {
          params: { path: { id: lampId }, query: { week } },
        }),
      ),
  });
