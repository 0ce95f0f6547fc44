import { queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type ChannelCost = components['schemas']['ChannelCost'];
export type SourcesRow = components['schemas']['SourcesRow'];
export type SourceGrouping = NonNullable<components['schemas']['SourcesReport']['groupBy']>;
export const SOURCE_GROUPINGS: SourceGrouping[] = ['channel', 'medium', 'campaign'];

/** `YYYY-MM-DD` → `YYYY-MM`. */
export const monthOf = (date: string) => date.slice(0, 7);

/** The monthly costs of the months a period touches. */
export const channelCostsQuery = (period: { from: string; to: string } | null) =>
  queryOptions({
    queryKey: ['channel-costs', period?.from ?? null, period?.to ?? null],
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

export interface ChannelCostInput {
  month: string;
  channel: ChannelCost['channel'];
  medium: string | null;
  campaign: string | null;
  amount: number;
}

/** Sets a month's cost of a source; editing one sends its version (412 if stale). */
export function putChannelCost(body: ChannelCostInput, version?: number): Promise<ChannelCost> {
  return unwrap(
    api.PUT('/api/v1/channel-costs', {
      body,
      ...(version === undefined ? {} : { headers: ifMatch(version) }),
    }),
  );
}

export function deleteChannelCost(cost: ChannelCost): Promise<unknown> {
  return unwrap(
    api.DELETE('/api/v1/channel-costs/{id}', {
      params: { path: { id: cost.id } },
      headers: ifMatch(cost.version),
    }),
  );
}
