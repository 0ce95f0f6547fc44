import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { channelCostKeys } from '../keys.ts';
import { monthOf } from '../reports/report-periods.ts';

/** `GET /channel-costs`: the monthly costs of the months a period touches. */
export const channelCostsQuery = (period: { from: string; to: string } | null) =>
  queryOptions({
    queryKey: channelCostKeys.ofMonths(period?.from ?? null, period?.to ?? null),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/channel-costs', {
            params: {
              query: period ? { from: monthOf(period.from), to: monthOf(period.to) } : {},
            },
          }),
        )
      ).items,
  });
